import { render } from 'preact';
import { ClipsApp } from '../../src/ui/clips/clips-app';
import '../../src/ui/common/base.css';
import '../../src/ui/clips/clips.css';

render(<ClipsApp />, document.getElementById('app')!);
