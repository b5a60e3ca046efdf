import { BaseClient } from '../../../templates/runtime/core/client.js';
import type { ClientConfig, ClientOptions } from '../../../templates/runtime/core/config.js';

/** The configuration a generated client would pass; generic names only. */
export const TEST_CONFIG: ClientConfig = {
  name: 'Acme',
  version: '1.2.3',
  defaultBaseURL: 'http://127.0.0.1:9/unused',
  baseURLEnv: 'ACME_TEST_BASE_URL',
  logLevelEnv: 'ACME_TEST_LOG',
  credentials: {
    apiKey: { env: 'ACME_TEST_API_KEY', header: 'Authorization', prefix: 'Bearer ' },
    adminKey: { env: 'ACME_TEST_ADMIN_KEY', header: 'Authorization', prefix: 'Bearer ' },
    serviceToken: { header: 'X-Service-Token' },
  },
  defaultCredential: 'apiKey',
  headerOptions: { organization: { env: 'ACME_TEST_ORG', header: 'Acme-Organization' } },
  extraOptions: { webhookSecret: { env: 'ACME_TEST_WEBHOOK_SECRET' } },
  requestIdHeader: 'x-request-id',
  clientRequestIdHeader: 'X-Client-Request-Id',
};

export type TestOptions = ClientOptions & {
  apiKey?: string | null;
  adminKey?: string | null;
  serviceToken?: string | null;
  organization?: string | null;
  webhookSecret?: string | null;
};

/** What a generated client class looks like, minus resources. */
export class TestClient extends BaseClient {
  declare apiKey: string | null;
  declare adminKey: string | null;
  declare organization: string | null;
  declare webhookSecret: string | null;

  constructor(options: TestOptions = {}, config: ClientConfig = TEST_CONFIG) {
    super(options, config);
  }
}
