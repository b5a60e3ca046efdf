/**
 * `client.vectorStores.fileBatches` with `uploadAndPoll()`: uploads the files (at most
 * `maxConcurrency` at a time, default 5), then the generated `createAndPoll()` makes one batch
 * of them and the `fileIds` given and waits until it is no longer `in_progress`.
 */
import { SDKError } from '../../core/error.js';
import { requestOptionsOf, type PollOptions } from '../../core/polling.js';
import type { Uploadable } from '../../core/uploads.js';
import { Files as FileUploads } from '../../resources/files/files.js';
import { FileBatches as GeneratedFileBatches } from '../../resources/vector-stores/file-batches/file-batches.js';
import type { VectorStoreFileBatch } from '../../types.js';

export interface UploadAndPollOptions extends PollOptions {
  /** Files uploaded at the same time (default 5). */
  maxConcurrency?: number;
}

export class FileBatches extends GeneratedFileBatches {
  async uploadAndPoll(
    vectorStoreID: string,
    { files, fileIds = [] }: { files: Uploadable[]; fileIds?: string[] },
    options: UploadAndPollOptions = {},
  ): Promise<VectorStoreFileBatch> {
    if (!files.length) {
      throw new SDKError('No `files` to upload; for files already uploaded, use `createAndPoll()` with their `file_ids`.');
    }
    const { maxConcurrency = 5, ...pollOptions } = options;
    const uploads = new FileUploads(this._client);
    const requestOptions = requestOptionsOf(pollOptions);
    const ids: string[] = new Array(files.length);
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const i = next++;
        ids[i] = (await uploads.create({ file: files[i]!, purpose: 'assistants' }, requestOptions)).id;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(maxConcurrency, files.length)) }, worker));
    return this.createAndPoll(vectorStoreID, { file_ids: [...fileIds, ...ids] }, pollOptions);
  }
}
