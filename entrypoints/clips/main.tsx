import { render } from 'preact';
import { reminderControl } from '../../src/platform/reminders';
import { defaultClipServices } from '../../src/ui/clips/clip-services';
import { ClipsApp } from '../../src/ui/clips/clips-app';
import { applySavedLocale } from '../../src/ui/common/use-locale';
import '../../src/ui/common/base.css';
import '../../src/ui/clips/clips.css';

applySavedLocale(globalThis.localStorage, navigator.language);
const services = { ...defaultClipServices(), reminders: reminderControl };
render(<ClipsApp services={services} />, document.getElementById('app')!);
