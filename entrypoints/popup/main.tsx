import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/popup-app';
import { applySavedLocale } from '../../src/ui/common/use-locale';
import '../../src/ui/common/base.css';
import '../../src/ui/popup/popup.css';

// The language chosen in the clip list (same extension origin) applies here too.
applySavedLocale(globalThis.localStorage, navigator.language);
render(<PopupApp />, document.getElementById('app')!);
