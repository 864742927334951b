// Every integration suite, imported once here so the web and Node bundles run the same tests.
import './foundation.test';
import './editor.test';
import './annotations.test';
import './newsroom.test';
