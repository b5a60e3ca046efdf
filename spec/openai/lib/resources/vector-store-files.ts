/**
 * `client.vectorStores.files` with the upload composites: `upload()` sends a file to the
 * Files API (purpose `assistants`) and attaches it to the vector store; `uploadAndPoll()` then
 * waits through the generated `poll()` (`pollIntervalMs`, else the server's
 * `openai-poll-after-ms`; `pollTimeoutMs`, `signal`).
 */
import { requestOptionsOf, type PollOptions } from '../../core/polling.js';
import type { RequestOptions } from '../../core/request-options.js';
import type { Uploadable } from '../../core/uploads.js';
import { Files as FileUploads } from '../../resources/files/files.js';
import { Files as GeneratedFiles } from '../../resources/vector-stores/files/files.js';
import type { VectorStoreFile } from '../../types.js';

export class Files extends GeneratedFiles {
  /** Uploads `file` and attaches it to the vector store (not waiting for processing). */
  async upload(vectorStoreID: string, file: Uploadable, options?: RequestOptions): Promise<VectorStoreFile> {
    const uploaded = await new FileUploads(this._client).create({ file, purpose: 'assistants' }, options);
    return this.create(vectorStoreID, { file_id: uploaded.id }, options);
  }

  /** Uploads `file`, attaches it, and resolves once its status is no longer `in_progress`. */
  async uploadAndPoll(vectorStoreID: string, file: Uploadable, options?: PollOptions): Promise<VectorStoreFile> {
    const attached = await this.upload(vectorStoreID, file, requestOptionsOf(options));
    return this.poll(attached.id, { vector_store_id: vectorStoreID }, options);
  }
}
