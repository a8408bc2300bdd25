// The preload: exposes window.cre, built from the contract, and nothing else (no ipcRenderer, no process, no generic invoke).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createCreApi } from '../common/contract/cre-api.js';
import { creContract, creEvents, eventChannelFor, listChannels } from '../common/contract/index.js';

// The client only ever uses these channels; checking again here keeps the transport from becoming a generic pipe.
const methodChannels = new Set(listChannels(creContract).map((entry) => entry.channel));
const eventChannels = new Set(Object.keys(creEvents).map((name) => eventChannelFor(name)));

const api = createCreApi({
  invoke(channel, input) {
    if (!methodChannels.has(channel)) return Promise.reject(new Error(`Unknown method channel ${channel}`));
    return ipcRenderer.invoke(channel, input);
  },
  subscribe(channel, listener) {
    if (!eventChannels.has(channel)) throw new Error(`Unknown event channel ${channel}`);
    // The IPC event object is dropped: it carries `sender`, which must not reach the page.
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('cre', api);
