// Settings sync: the "briefing" section pulled with workspace/configuration (laid over the
// initializationOptions) or pushed whole by didChangeConfiguration, and the workspace trust.
// A change re-validates only what it affects.
import { DidChangeConfigurationNotification, type DidChangeConfigurationParams } from 'vscode-languageserver/node';
import { SET_TRUSTED, type SetTrustedParams } from './protocol';
import type { ServerState } from './server-state';
import { layerSettings, readSettings, type Settings } from './settings';
import type { WorkspaceIndexing } from './workspace-indexing';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class SettingsSync {
  constructor(
    private readonly state: ServerState,
    private readonly indexing: WorkspaceIndexing,
  ) {}

  /** At `initialized`: asks for dynamic configuration change events where the client allows. */
  registerForChanges(): void {
    if (this.state.caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void this.state.connection.client.register(DidChangeConfigurationNotification.type, { section: 'briefing' });
    }
  }

  /** Reads the settings from workspace/configuration, when the client has it. */
  async pull(): Promise<void> {
    const { state } = this;
    if (!state.supportsConfiguration()) return;
    const [raw] = await state.connection.workspace.getConfiguration([{ section: 'briefing' }]);
    state.settings = readSettings(layerSettings(state.initSettings, raw));
  }

  async apply(next: Settings): Promise<void> {
    const { state, indexing } = this;
    const before = state.settings;
    const beforeLocale = state.locale();
    state.settings = next;
    const localeChanged = beforeLocale !== state.locale();
    if (localeChanged || !same(before.rules, next.rules)) state.settingsRevision++;
    const limitChanged = before.maxFileBytes !== next.maxFileBytes;
    if (localeChanged || limitChanged) await indexing.reloadData(false);
    if (!same(before.files, next.files) || limitChanged) {
      indexing.registerWatchers();
      await indexing.validateWorkspace(() => false);
      return;
    }
    await indexing.revalidateAll();
  }

  private async changed(params: DidChangeConfigurationParams): Promise<void> {
    const { state } = this;
    if (state.supportsConfiguration()) {
      const [raw] = await state.connection.workspace.getConfiguration([{ section: 'briefing' }]);
      await this.apply(readSettings(layerSettings(state.initSettings, raw)));
      return;
    }
    // Push-style clients send their whole section: it replaces what was there.
    const settings = params.settings as { briefing?: unknown } | null | undefined;
    const payload = settings?.briefing ?? settings;
    if (payload && typeof payload === 'object') await this.apply(readSettings(payload));
  }

  private async trustChanged(params: SetTrustedParams): Promise<void> {
    if (this.state.trusted === !!params.trusted) return;
    this.state.trusted = !!params.trusted;
    await this.indexing.reloadData(true);
  }

  register(): void {
    const { connection, handlers } = this.state;
    connection.onDidChangeConfiguration(handlers.notification('didChangeConfiguration', (p: DidChangeConfigurationParams) => this.changed(p)));
    connection.onNotification(
      SET_TRUSTED,
      handlers.notification('setTrusted', (p: SetTrustedParams) => this.trustChanged(p)),
    );
  }
}
