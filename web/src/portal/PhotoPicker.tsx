import { useRef, type ChangeEvent } from 'react';
import { messageOf, readAsDataUrl, uploadPhoto, type PortalOptions } from './api.ts';
import { formatBytes } from './format.ts';
import type { PhotoItem } from './submit-form.ts';

// 现场照片: each photo is checked here (type and size) and uploaded at once, so that the server's verdict (it
// reads the bytes, not the name) is shown on that photo before the citizen presses 提交.

const TYPE_NAMES: Record<string, string> = { 'image/jpeg': 'JPG', 'image/png': 'PNG', 'image/webp': 'WebP' };

let counter = 0;

export function PhotoPicker(props: {
  id: string;
  describedBy: string | undefined;
  limits: PortalOptions['limits'];
  photos: PhotoItem[];
  update: (change: (photos: PhotoItem[]) => PhotoItem[]) => void;
  onRefused: (message: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const { limits, photos, update } = props;
  const room = limits.maxPhotos - photos.length;
  const typeNames = limits.photoTypes.map((type) => TYPE_NAMES[type] ?? type).join('、');

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    const refusals: string[] = [];
    if (files.length > room) refusals.push(`最多上传 ${limits.maxPhotos} 张照片，多出的没有添加`);
    for (const file of files.slice(0, Math.max(0, room))) {
      if (!limits.photoTypes.includes(file.type)) {
        refusals.push(`“${file.name}”不是 ${typeNames} 格式的图片`);
        continue;
      }
      if (file.size > limits.maxPhotoBytes) {
        refusals.push(
          `“${file.name}”有 ${formatBytes(file.size)}，超过 ${formatBytes(limits.maxPhotoBytes)}`,
        );
        continue;
      }
      const key = `photo-${(counter += 1)}`;
      const preview = await readAsDataUrl(file).catch(() => '');
      update((list) => [...list, { key, name: file.name, size: file.size, preview, status: 'uploading' }]);
      uploadPhoto(file).then(
        (saved) =>
          update((list) =>
            list.map((photo) =>
              photo.key === key ? { ...photo, status: 'done', token: saved.photoToken } : photo,
            ),
          ),
        (error: unknown) =>
          update((list) =>
            list.map((photo) =>
              photo.key === key ? { ...photo, status: 'failed', error: messageOf(error) } : photo,
            ),
          ),
      );
    }
    props.onRefused(refusals.join('；'));
  };

  const remove = (photo: PhotoItem) => {
    update((list) => list.filter((item) => item.key !== photo.key));
    input.current?.focus();
  };

  return (
    <div className="photos">
      {photos.length > 0 ? (
        <ul className="photo-list" aria-label="已添加的照片">
          {photos.map((photo) => (
            <li key={photo.key} className={`photo photo-${photo.status}`}>
              {photo.preview ? <img src={photo.preview} alt={`照片预览：${photo.name}`} /> : null}
              <div className="photo-info">
                <span className="photo-name">{photo.name}</span>
                <span className="muted">{formatBytes(photo.size)}</span>
                <span className={photo.status === 'failed' ? 'field-error' : 'muted'} role="status">
                  {photo.status === 'uploading'
                    ? '上传中…'
                    : photo.status === 'done'
                      ? '已上传'
                      : photo.error}
                </span>
              </div>
              <button
                type="button"
                className="button button-text"
                onClick={() => remove(photo)}
                aria-label={`删除照片 ${photo.name}`}
              >
                删除
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        ref={input}
        id={props.id}
        type="file"
        className="file-input"
        accept={limits.photoTypes.join(',')}
        multiple
        disabled={room <= 0}
        aria-describedby={props.describedBy}
        onChange={add}
      />
      <label
        htmlFor={props.id}
        className={room > 0 ? 'button button-secondary file-button' : 'button file-button is-disabled'}
      >
        {room > 0 ? `添加照片（还可添加 ${room} 张）` : `已添加 ${limits.maxPhotos} 张`}
      </label>
    </div>
  );
}
