# The Bitbucket Pipe image. Only the committed bundle goes in: no node_modules, no npm install.
# Bitbucket runs it with the clone directory mounted as the working directory, as root.
FROM node:24-alpine

LABEL org.opencontainers.image.title="pr-insights" \
      org.opencontainers.image.description="Quality-gate and data-diff results on Bitbucket and GitHub pull requests" \
      org.opencontainers.image.licenses="Apache-2.0"

# npm and yarn are never used at run time; dropping them shrinks the image and its CVE list.
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/bin/npm /usr/local/bin/npx /opt/yarn* /usr/local/bin/yarn /usr/local/bin/yarnpkg

# package.json only for "type": "module": dist/index.js is an ES module.
COPY package.json /opt/pr-insights/package.json
COPY dist/ /opt/pr-insights/dist/

ENTRYPOINT ["node", "/opt/pr-insights/dist/index.js"]
