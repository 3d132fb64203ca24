/** One page of `api/hotspots/search`, as much of it as is read. Data only, so the schema catalog (src/schemas.ts) loads no reader with it. */
export const hotspotsPageSchema = {
  type: 'object',
  required: ['hotspots'],
  properties: {
    hotspots: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'component', 'vulnerabilityProbability'],
        properties: {
          key: { type: 'string', minLength: 1 },
          component: { type: 'string' },
          vulnerabilityProbability: { enum: ['HIGH', 'MEDIUM', 'LOW'] },
          message: { type: 'string' },
          line: { type: 'integer', minimum: 1 },
          ruleKey: { type: 'string' },
        },
      },
    },
    components: {
      type: 'array',
      items: { type: 'object', required: ['key'], properties: { key: { type: 'string' }, path: { type: 'string' } } },
    },
  },
} as const;
