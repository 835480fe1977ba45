import { render } from 'preact';

function App() {
  return <main>Lucid</main>;
}

render(<App />, document.getElementById('app')!);
