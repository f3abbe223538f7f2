// What every test page tells the end-to-end tests: the editor's element and its text as the
// editor's own model holds it (through the framework's API, not the DOM).
export interface TestEditor {
  element: HTMLElement;
  read(): string;
}

declare global {
  interface Window {
    testEditor?: TestEditor;
  }
}

export function exposeEditor(editor: TestEditor): void {
  window.testEditor = editor;
}
