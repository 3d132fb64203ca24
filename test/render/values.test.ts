import { describe, expect, it } from '@jest/globals';
import type { MetricType } from '../../src/reports/model.js';
import {
  conditionSentence,
  describeThreshold,
  formatMeasure,
  formatNewCodePeriod,
  formatThreshold,
  formatWorkDuration,
  levelLabel,
} from '../../src/render/values.js';
import { condition } from './fixtures.js';

describe('formatMeasure', () => {
  it.each<[string, MetricType, string]>([
    ['82.50562381034781', 'PERCENT', '82.5%'],
    ['0.0', 'PERCENT', '0.0%'],
    ['0', 'PERCENT', '0.0%'],
    ['100.0', 'PERCENT', '100%'],
    ['100', 'PERCENT', '100%'],
    ['99.96', 'PERCENT', '100.0%'],
    ['1234.56', 'PERCENT', '1,234.6%'],
    ['1', 'RATING', 'A'],
    ['2', 'RATING', 'B'],
    ['1.0', 'RATING', 'A'],
    ['5.0', 'RATING', 'E'],
    ['0', 'RATING', '0'],
    ['6', 'RATING', '6'],
    ['1168', 'INT', '1,168'],
    ['1234567', 'INT', '1,234,567'],
    ['-1168', 'INT', '-1,168'],
    ['0', 'INT', '0'],
    ['14.6', 'INT', '15'],
    ['1', 'FLOAT', '1.0'],
    ['1.23456789', 'FLOAT', '1.23457'],
    ['12345.5', 'FLOAT', '12,345.5'],
    ['0', 'WORK_DUR', '0'],
    ['45', 'WORK_DUR', '45min'],
    ['330', 'WORK_DUR', '5h 30min'],
    ['1020', 'WORK_DUR', '2d 1h'],
    ['1140', 'WORK_DUR', '2d 3h'],
    ['480', 'WORK_DUR', '1d'],
    ['5000', 'WORK_DUR', '10d'],
    ['-330', 'WORK_DUR', '-5h 30min'],
    ['350', 'MILLISEC', '350ms'],
    ['12000', 'MILLISEC', '12s'],
    ['12499', 'MILLISEC', '12s'],
    ['180000', 'MILLISEC', '3min'],
    ['OK', 'LEVEL', 'Passed'],
    ['WARN', 'LEVEL', 'Warning'],
    ['ERROR', 'LEVEL', 'Failed'],
    ['NONE', 'LEVEL', 'None'],
    ['5', 'SEVERITY', 'Info'],
    ['10', 'SEVERITY', 'Minor'],
    ['15', 'SEVERITY', 'Major'],
    ['20', 'SEVERITY', 'Critical'],
    ['25', 'SEVERITY', 'Blocker'],
    ['0', 'SEVERITY', 'None'],
    ['7', 'SEVERITY', '7'],
    ['main', 'STRING', 'main'],
  ])('%s as %s → %s', (raw, type, expected) => {
    expect(formatMeasure(raw, type)).toBe(expected);
  });

  it('says "no value" when the measure has none', () => {
    expect(formatMeasure(undefined, 'PERCENT')).toBe('no value');
    expect(formatMeasure('  ', 'INT')).toBe('no value');
  });

  it('shows unparseable numbers as sent rather than NaN', () => {
    expect(formatMeasure('n/a', 'PERCENT')).toBe('n/a');
    expect(formatMeasure('abc', 'WORK_DUR')).toBe('abc');
  });

  it('does not depend on the machine locale', () => {
    // Intl is always asked for en-US; a German default would give "1.168".
    expect(formatMeasure('1168', 'INT')).toBe('1,168');
    expect(formatMeasure('-0.01', 'PERCENT')).toBe('0.0%');
  });

  it('names software-quality severities the MQR way', () => {
    expect(formatMeasure('10', 'SEVERITY', 'new_software_quality_reliability_severity')).toBe('Low');
    expect(formatMeasure('20', 'SEVERITY', 'new_software_quality_security_severity')).toBe('High');
  });
});

describe('formatThreshold', () => {
  it('drops padding decimals', () => {
    expect(formatThreshold('80', 'PERCENT')).toBe('80%');
    expect(formatThreshold('80.5', 'PERCENT')).toBe('80.5%');
    expect(formatThreshold('1.5', 'FLOAT')).toBe('1.5');
    expect(formatThreshold('2', 'FLOAT')).toBe('2');
  });

  it('reads severity thresholds (stored as level − 1) as the level they start at', () => {
    expect(formatThreshold('4', 'SEVERITY')).toBe('Info');
    expect(formatThreshold('9', 'SEVERITY')).toBe('Minor');
    expect(formatThreshold('14', 'SEVERITY')).toBe('Major');
    expect(formatThreshold('19', 'SEVERITY')).toBe('Critical');
    expect(formatThreshold('24', 'SEVERITY')).toBe('Blocker');
  });
});

describe('describeThreshold', () => {
  it.each([
    [condition('new_coverage', 'Coverage on New Code', 'PERCENT', 'ERROR', 'LT', '80', '30'), 'is less than 80%'],
    [condition('new_violations', 'New Issues', 'INT', 'ERROR', 'GT', '0', '3'), 'is greater than 0'],
    [condition('new_maintainability_rating', 'Maintainability Rating on New Code', 'RATING', 'ERROR', 'GT', '1', '2'), 'is worse than A'],
    [condition('sqale_rating', 'Maintainability Rating', 'RATING', 'OK', 'LT', '3', '1'), 'is better than C'],
    [condition('new_technical_debt', 'Added Technical Debt', 'WORK_DUR', 'OK', 'GT', '330', '10'), 'is greater than 5h 30min'],
    [condition('new_bugs_severity', 'Bugs Severity on New Code', 'SEVERITY', 'ERROR', 'GT', '14', '20'), 'is at least Major'],
    [condition('alert_status', 'Quality Gate Status', 'LEVEL', 'OK', 'EQ', 'ERROR', 'OK'), 'equals Failed'],
    [condition('ncloc', 'Lines of Code', 'INT', 'OK', 'NE', '0', '10'), 'is not 0'],
  ])('%#: %s', (c, expected) => {
    expect(describeThreshold(c, c.threshold)).toBe(expected);
  });

  it('describes the threshold it is given, e.g. a warning level', () => {
    const c = { ...condition('coverage', 'Coverage', 'PERCENT', 'WARN', 'LT', '50', '64.3'), warningThreshold: '70' };
    expect(describeThreshold(c, c.warningThreshold)).toBe('is less than 70%');
    expect(describeThreshold(c, c.threshold)).toBe('is less than 50%');
    expect(conditionSentence(c, c.warningThreshold)).toBe('Coverage: 64.3% (is less than 70%)');
  });

  it('omits the requirement when the tool sent no threshold', () => {
    expect(describeThreshold(condition('open_issues', 'Open Issues', 'INT', 'ERROR', 'GT', undefined, '17'), undefined)).toBeUndefined();
  });
});

describe('conditionSentence', () => {
  it('reads like SonarQube, value and requirement', () => {
    const c = condition('new_coverage', 'Coverage on New Code', 'PERCENT', 'ERROR', 'LT', '85', '82.50562381034781');
    expect(conditionSentence(c, c.threshold)).toBe('Coverage on New Code: 82.5% (is less than 85%)');
  });

  it('handles missing value and threshold', () => {
    expect(conditionSentence(condition('skipped_tests', 'Skipped Unit Tests', 'INT', 'OK', 'GT', undefined, undefined), undefined)).toBe(
      'Skipped Unit Tests: no value',
    );
  });
});

describe('levelLabel', () => {
  it('maps levels case-insensitively and passes unknown ones through', () => {
    expect(levelLabel('error')).toBe('Failed');
    expect(levelLabel('SOMETHING')).toBe('SOMETHING');
  });
});

describe('formatWorkDuration', () => {
  it('rounds fractional minutes', () => {
    expect(formatWorkDuration(44.6)).toBe('45min');
  });

  it('shows only days from ten days on', () => {
    expect(formatWorkDuration(10 * 480 + 300)).toBe('10d');
  });
});

describe('formatNewCodePeriod', () => {
  it.each([
    [{ mode: 'last_version', date: '2000-04-27T00:45:23+0200', parameter: '2015-12-07' }, 'since 2015-12-07'],
    [{ mode: 'PREVIOUS_VERSION', parameter: '1.2' }, 'since version 1.2'],
    [{ mode: 'previous_version', parameter: '1.1.0-SNAPSHOT', date: '2025-02-04T12:47:08+0100' }, 'since version 1.1.0-SNAPSHOT'],
    [{ mode: 'previous_version', date: '2025-02-04T12:47:08+0100' }, 'since 2025-02-04'],
    [{ mode: 'previous_version' }, 'since previous version'],
    [{ mode: 'NUMBER_OF_DAYS', parameter: '30' }, 'from last 30 days'],
    [{ mode: 'days', parameter: '30', date: '2025-01-01T00:00:00+0000' }, 'from last 30 days'],
    [{ mode: 'REFERENCE_BRANCH', parameter: 'main' }, 'compared to main'],
    [{ mode: 'SPECIFIC_ANALYSIS', parameter: 'AYz-analysis-key', date: '2024-05-01T10:00:00+0000' }, 'since 2024-05-01'],
    [{ mode: 'date', parameter: '2024-05-01' }, 'since 2024-05-01'],
    [{ mode: 'previous_analysis', date: '2024-05-01T23:59:00-0800' }, 'since previous analysis (2024-05-01)'],
  ])('%j → %s', (period, expected) => {
    expect(formatNewCodePeriod(period)).toBe(expected);
  });

  it('is undefined when nothing readable is known', () => {
    expect(formatNewCodePeriod({ mode: 'REFERENCE_BRANCH' })).toBeUndefined();
    expect(formatNewCodePeriod({ mode: 'manual_baseline' })).toBeUndefined();
  });
});
