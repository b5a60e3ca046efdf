import type { BaseClient } from './client.js';

/**
 * Base of every generated resource class: holds the client its methods call, so a method
 * is one `this._client.request(...)` or `this._client.requestPage(...)` line.
 *
 *     export class Files extends APIResource {
 *       retrieve(fileID: string, options?: RequestOptions): APIPromise<FileObject> {
 *         return this._client.request({ method: 'get', path: path`/files/${fileID}` }, options);
 *       }
 *     }
 *
 * Sub-resources are fields: `jobs: Jobs = new Jobs(this._client);`.
 */
export class APIResource<Client extends BaseClient = BaseClient> {
  protected readonly _client: Client;

  constructor(client: Client) {
    this._client = client;
  }
}
