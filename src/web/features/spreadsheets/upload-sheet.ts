import { problemSchema } from '../../../contracts/common';
import { type SheetImportJob, sheetImportJobSchema } from '../../../contracts/spreadsheets';
import { ApiError } from '../../lib/api-client';

function problemOf(xhr: XMLHttpRequest): ApiError {
  try {
    const parsed = problemSchema.safeParse(JSON.parse(xhr.responseText));
    if (parsed.success) return new ApiError(parsed.data);
  } catch {
    // Not JSON: a generic problem with the status.
  }
  return new ApiError({
    type: 'about:blank',
    title: xhr.statusText || 'Error',
    status: xhr.status,
    code: 'http_error',
  });
}

/**
 * Sends a spreadsheet as the raw body (XMLHttpRequest: only it reports upload progress); the server
 * answers with the import's preview.
 */
export function uploadSheet(
  path: string,
  options: { file: File; csrfToken: string | null; language: string; onProgress: (fraction: number) => void },
): Promise<SheetImportJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', options.language);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(options.file.name));
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(problemOf(xhr));
        return;
      }
      try {
        resolve(sheetImportJobSchema.parse(JSON.parse(xhr.responseText)));
      } catch {
        reject(
          new ApiError({ type: 'about:blank', title: 'contract', status: xhr.status, code: 'http_error' }),
        );
      }
    };
    xhr.onerror = () =>
      reject(new ApiError({ type: 'about:blank', title: 'network', status: 0, code: 'network_error' }));
    xhr.send(options.file);
  });
}
