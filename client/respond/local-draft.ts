/**
 * The copy of the answers kept on this device, so nothing typed is lost to a reload, a closed tab or a dropped
 * connection. It is keyed by a SHA-256 of the invitation token: whoever reads localStorage on a shared computer
 * does not learn the link. `dirty` means the server has not yet confirmed this copy.
 */

export interface LocalDraft {
  answers: Record<string, unknown>;
  page: number;
  locale: string;
  savedAt: string;
  dirty: boolean;
}

export interface LocalDraftStore {
  read(): LocalDraft | null;
  write(draft: LocalDraft): void;
  /**
   * The study's contact, kept beside the answers: once the link is revoked the server no longer says whom to ask,
   * and a respondent holding unsent answers needs to know.
   */
  rememberStudyContact(contact: string | null): void;
  studyContact(): string | null;
  clear(): void;
}

const keyPrefix = 'tinjau.respond.';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function isLocalDraft(value: unknown): value is LocalDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as LocalDraft;
  return (
    typeof draft.answers === 'object' &&
    draft.answers !== null &&
    typeof draft.page === 'number' &&
    typeof draft.savedAt === 'string' &&
    typeof draft.dirty === 'boolean'
  );
}

/** Keeps nothing: for browsers without Web Crypto (a page served over plain HTTP) or without storage. */
const memoryOnlyStore: LocalDraftStore = {
  read: () => null,
  write: () => {},
  rememberStudyContact: () => {},
  studyContact: () => null,
  clear: () => {},
};

export async function openLocalDraftStore(invitationToken: string): Promise<LocalDraftStore> {
  if (!globalThis.crypto?.subtle) return memoryOnlyStore;
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return memoryOnlyStore;
  }
  const key = keyPrefix + (await sha256Hex(invitationToken));
  const contactKey = `${key}.contact`;
  return {
    read() {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(key) ?? 'null');
        return isLocalDraft(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    write(draft) {
      try {
        storage.setItem(key, JSON.stringify(draft));
      } catch {
        // Storage full or disabled: the server copy still gets every change, so carry on.
      }
    },
    rememberStudyContact(contact) {
      try {
        if (contact) storage.setItem(contactKey, contact);
        else storage.removeItem(contactKey);
      } catch {
        // Storage full or disabled: the message will simply name no contact.
      }
    },
    studyContact() {
      try {
        return storage.getItem(contactKey);
      } catch {
        return null;
      }
    },
    clear() {
      try {
        storage.removeItem(key);
        storage.removeItem(contactKey);
      } catch {
        // Nothing to clear.
      }
    },
  };
}
