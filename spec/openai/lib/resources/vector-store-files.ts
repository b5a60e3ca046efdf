/**
 * `client.vectorStores.files` with the upload composites: `upload()` sends a file to the
 * Files API (purpose `assistants`) and attaches it to the vector store; `uploadAndPoll()` then
 * waits until it is processed (`pollIntervalMs`, else the server's `openai-poll-after-ms`).
 */
import type { RequestOptions } from '../../core/request-options.js';
import type { Uploadable } from '../../core/uploads.js';
import { Files as FileUploads } from '../../resources/files/files.js';
import { Files as GeneratedFiles } from '../../resources/vector-stores/files/files.js';
import type { VectorStoreFile } from '../../types.js';
import { pollUntilSettled, type PollOptions } from '../vector-stores/poll.js';

export class Files extends GeneratedFiles {
  /** Uploads `file` and attaches it to the vector store (not waiting for processing). */
  async upload(vectorStoreID: string, file: Uploadable, options?: RequestOptions): Promise<VectorStoreFile> {
    const uploaded = await new FileUploads(this._client).create({ file, purpose: 'assistants' }, options);
    return this.create(vectorStoreID, { file_id: uploaded.id }, options);
  }

  /** Uploads `file`, attaches it, and resolves once its status is no longer `in_progress`. */
  async uploadAndPoll(vectorStoreID: string, file: Uploadable, options: PollOptions = {}): Promise<VectorStoreFile> {
    const { pollIntervalMs: _, ...requestOptions } = options;
    const attached = await this.upload(vectorStoreID, file, requestOptions);
    return pollUntilSettled((o) => this.retrieve(attached.id, { vector_store_id: vectorStoreID }, o), options);
  }
}
