/**
 * The benchmark's baseline pane: the least a Fluent UI v9 task pane can be (a provider, a line of text and a
 * button), built with the add-in's own toolchain and loaded the same way, after Office.onReady.
 */
import { Button, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

function Hello() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Text as="p">Hello from a minimal Fluent pane.</Text>
      <Button appearance="primary" data-bench-ready="">
        Insert
      </Button>
    </FluentProvider>
  );
}

void Office.onReady(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(<Hello />);
});
