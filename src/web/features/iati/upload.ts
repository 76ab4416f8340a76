import { problemSchema } from '../../../contracts/common';
import { type ImportJob, importJobSchema } from '../../../contracts/iati';
import { ApiError } from '../../lib/api-client';

type UploadOptions = {
  file: File;
  csrfToken: string | null;
  language: string;
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
};

function problemOf(xhr: XMLHttpRequest): ApiError {
  try {
    const parsed = problemSchema.safeParse(JSON.parse(xhr.responseText));
    if (parsed.success) return new ApiError(parsed.data);
  } catch {
    // Not JSON: fall through to a generic problem with the status.
  }
  return new ApiError({
    type: 'about:blank',
    title: xhr.statusText || 'Error',
    status: xhr.status,
    code: 'http_error',
  });
}

/**
 * Sends an IATI file as the raw request body. XMLHttpRequest rather than fetch, because only it
 * reports upload progress; the server answers 202 with the import job once the file is stored.
 */
export function uploadIatiFile(
  path: string,
  { file, csrfToken, language, onProgress, signal }: UploadOptions,
): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/xml');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', language);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(problemOf(xhr));
        return;
      }
      onProgress(1);
      try {
        const parsed = importJobSchema.safeParse(JSON.parse(xhr.responseText));
        if (parsed.success) resolve(parsed.data);
        else
          reject(
            new ApiError({ type: 'about:blank', title: 'contract', status: xhr.status, code: 'http_error' }),
          );
      } catch {
        reject(
          new ApiError({ type: 'about:blank', title: 'contract', status: xhr.status, code: 'http_error' }),
        );
      }
    };
    xhr.onerror = () =>
      reject(new ApiError({ type: 'about:blank', title: 'network', status: 0, code: 'network_error' }));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/**
 * Downloads the export with fetch, so that a refusal (a government without its IATI organisation
 * identifier, say) is shown on the page instead of saved as a file; a success is saved under the
 * name the server gives.
 */
export async function downloadFile(path: string, language: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      credentials: 'same-origin',
      headers: { 'accept-language': language },
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'network', status: 0, code: 'network_error' });
  }
  if (!response.ok) {
    let problem = null;
    try {
      const parsed = problemSchema.safeParse(await response.json());
      problem = parsed.success ? parsed.data : null;
    } catch {
      problem = null;
    }
    throw new ApiError(
      problem ?? {
        type: 'about:blank',
        title: response.statusText || 'Error',
        status: response.status,
        code: 'http_error',
      },
    );
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before releasing the blob.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
