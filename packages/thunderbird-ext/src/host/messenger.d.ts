/**
 * The slice of Thunderbird's MailExtension API (Manifest V3, Thunderbird 128+) this add-in uses.
 * Declared structurally here so the build needs no third-party typings.
 */
import type { ThunderbirdMessageData } from '@ayashii/core';

declare global {
  interface TbMessageHeader {
    readonly id: number;
    readonly subject?: string;
    readonly author?: string;
    readonly external?: boolean;
    /** The To list, one entry per recipient ("Name <address>" or a bare address). */
    readonly recipients?: string[];
  }
  interface TbTab {
    readonly id?: number;
    readonly windowId?: number;
    readonly active?: boolean;
    readonly type?: string;
  }
  interface TbEvent<F extends (...args: never[]) => unknown> {
    addListener(fn: F): void;
    removeListener(fn: F): void;
  }
  /** What `menus.onClicked` / `menus.onShown` report (the fields used here). */
  interface TbMenuInfo {
    readonly menuItemId?: string | number;
    readonly menuIds?: (string | number)[];
    readonly contexts?: string[];
    readonly linkUrl?: string;
    readonly pageUrl?: string;
    readonly viewType?: string;
  }
  interface TbMessageSender {
    readonly tab?: TbTab;
    readonly id?: string;
    readonly url?: string;
  }
  interface TbStorageChange {
    readonly oldValue?: unknown;
    readonly newValue?: unknown;
  }
  interface TbMessenger {
    readonly runtime: {
      sendMessage<T = unknown>(msg: unknown): Promise<T>;
      readonly onMessage: TbEvent<(msg: unknown, sender: TbMessageSender) => Promise<unknown> | undefined | void>;
      readonly onStartup: TbEvent<() => void>;
      readonly onInstalled: TbEvent<(details: { reason: string }) => void>;
      getURL(path: string): string;
      openOptionsPage(): Promise<void>;
      readonly lastError?: { message?: string } | null;
    };
    readonly menus: {
      create(props: { id: string; contexts: string[]; title: string; viewTypes?: string[] }, callback?: () => void): string | number;
      update(id: string, props: { title?: string; visible?: boolean }): Promise<void>;
      refresh(): Promise<void>;
      readonly onClicked: TbEvent<(info: TbMenuInfo, tab?: TbTab) => void>;
      readonly onShown: TbEvent<(info: TbMenuInfo, tab?: TbTab) => void>;
    };
    readonly windows: {
      create(d: { type?: 'normal' | 'popup'; url?: string; width?: number; height?: number; left?: number; top?: number }): Promise<{ id?: number; left?: number; top?: number; width?: number; height?: number }>;
    };
    readonly i18n: {
      getUILanguage(): string;
      getMessage(name: string, substitutions?: string | string[]): string;
    };
    readonly storage: {
      readonly local: {
        get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        remove(keys: string | string[]): Promise<void>;
      };
      readonly onChanged: TbEvent<(changes: Record<string, TbStorageChange>, area: string) => void>;
    };
    readonly tabs: {
      query(q: { active?: boolean; currentWindow?: boolean; lastFocusedWindow?: boolean }): Promise<TbTab[]>;
    };
    readonly messageDisplay: {
      getDisplayedMessages(tabId: number): Promise<{ messages: TbMessageHeader[] } | TbMessageHeader[]>;
      readonly onMessagesDisplayed: TbEvent<(tab: TbTab, displayed: { messages: TbMessageHeader[] } | TbMessageHeader[]) => void>;
    };
    readonly messages: {
      getRaw(id: number, options?: { data_format?: 'File' | 'BinaryString' }): Promise<File | string>;
      getFull(id: number, options?: { decodeHeaders?: boolean; decodeContent?: boolean }): Promise<ThunderbirdMessageData>;
    };
    readonly messageDisplayAction: {
      setBadgeText(d: { text: string | null; tabId?: number }): Promise<void>;
      setBadgeBackgroundColor(d: { color: string | null; tabId?: number }): Promise<void>;
      setTitle(d: { title: string | null; tabId?: number }): Promise<void>;
    };
    readonly scripting: {
      readonly messageDisplay: {
        registerScripts(s: { id: string; js?: string[]; css?: string[]; runAt?: string }[]): Promise<void>;
        unregisterScripts(f?: { ids?: string[] }): Promise<void>;
        getRegisteredScripts(f?: { ids?: string[] }): Promise<{ id: string }[]>;
      };
    };
  }
  // eslint-disable-next-line no-var
  var messenger: TbMessenger;
}

export {};
