/**
 * The province repository's .gitlab-ci.yml, generated from province.yaml (`npm run
 * province:ci`): one install, then one job per city (a `parallel:matrix` over the division
 * codes) that builds `cities/<code>/` with the project's own `npm run build` into `sites/<code>/`,
 * that city's whole site, kept as an artifact of its own and deployable alone; then `province`
 * assembles the province site (index of the cities, search over their indexes) from them.
 * deploy/province/gitlab-ci.yml is this file for the example config, kept in sync by a test.
 */
import { cityRoot, type ProvinceConfig } from './config';

/** Where each city job leaves its site, and where the province site is assembled. */
export const SITES_DIR = 'sites';
export const PROVINCE_DIST = 'province-dist';

export function provinceCiYaml(config: ProvinceConfig): string {
  const codes = config.cities.map((c) => `\n          - '${c.code}'`).join('');
  return `# Generated from province.yaml by \`npm run province:ci\`; do not edit (README「全省部署」).
# ${config.name}: ${config.cities.length} cities, each built in a job of its own from ${cityRoot('<code>')}/
# into ${SITES_DIR}/<code>/ (a whole site, deployable alone), then assembled into ${PROVINCE_DIST}/.

workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
      when: never
    # The default branch builds for production: drafts out, samples refused.
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
      variables:
        PRODUCTION: '1'
    - if: $CI_COMMIT_BRANCH

stages: [install, build, assemble]

variables:
  npm_config_cache: $CI_PROJECT_DIR/.npm
  FF_USE_FASTZIP: 'true'

# One install per package-lock.json for every job: \`install\` saves it, the others only read it.
.install-cache: &install-cache
  key:
    files: [package-lock.json]
  paths:
    - .npm/
    - node_modules/
  policy: pull

default:
  image: node:24-bookworm
  interruptible: true
  cache:
    - *install-cache
  before_script:
    - npm run ci:install

install:
  stage: install
  cache:
    - <<: *install-cache
      policy: pull-push
  script:
    # province.yaml, every city's folder and this file agree, before any city is built.
    - npm run province:ci -- --check

city:
  stage: build
  needs: [install]
  parallel:
    matrix:
      - CITY:${codes}
  cache:
    - *install-cache
    # Each city's incremental build cache, per branch, starting from the default branch's.
    - key: astro-$CITY-$CI_COMMIT_REF_SLUG
      fallback_keys: [astro-$CITY-$CI_DEFAULT_BRANCH]
      paths:
        - .astro-cache/
      policy: pull-push
  script:
    - CONTENT_DIR="${cityRoot('$CITY')}" npm run build -- --out "${SITES_DIR}/$CITY"
  artifacts:
    name: site-$CITY
    paths:
      - ${SITES_DIR}/$CITY/
    expire_in: 1 week

province:
  stage: assemble
  needs: [city]
  script:
    - npm run province:assemble -- --sites ${SITES_DIR} --out ${PROVINCE_DIST}
  artifacts:
    name: province
    paths:
      - ${PROVINCE_DIST}/
    expire_in: 1 week
`;
}
