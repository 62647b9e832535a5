/// This app's version, sent to the API with every request so that the server
/// can retire old versions (it then answers 426 and the app asks for an
/// update). Keep it equal to `version` in pubspec.yaml: a repository test
/// checks that they match.
const appVersion = '1.1.0';
