import type { BaseClient } from './client.js';

/** Base of every generated resource class: holds the client its methods call. */
export class APIResource<Client extends BaseClient = BaseClient> {
  protected readonly _client: Client;

  constructor(client: Client) {
    this._client = client;
  }
}
