import { createRoot } from 'react-dom/client';
import { createClient, defaultTransport } from './api/client';

const transport = defaultTransport();
const api = createClient(transport);
const root = createRoot(document.getElementById('root')!);
void api['workspaces.list']({}).then((list) => root.render(<pre>{JSON.stringify(list, null, 2)}</pre>));
