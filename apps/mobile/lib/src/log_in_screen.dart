import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

import 'app.dart';
import 'error_message.dart';
import 'session.dart';
import 'update_required_view.dart';

/// The account the API seeds into an empty database (`pnpm start`). Shown as
/// a hint so that the example works out of the box; drop it from your app.
const demoEmail = 'demo@example.com';
const demoPassword = 'tether-demo';

/// Email and password in, a [Session] out: started in [session], which takes
/// the app to the task board.
///
/// Wrong credentials (401), too many attempts (429) and invalid input (400)
/// all come back as the API's [ApiError], whose message is shown as is.
class LogInScreen extends StatefulWidget {
  const LogInScreen({super.key, required this.client, required this.session});

  final ApiClient client;
  final SessionStore session;

  @override
  State<LogInScreen> createState() => _LogInScreenState();
}

class _LogInScreenState extends State<LogInScreen> {
  final _formKey = GlobalKey<FormState>();
  final _email = TextEditingController();
  final _password = TextEditingController();
  Object? _error;
  bool _sending = false;

  @override
  void dispose() {
    _email.dispose();
    _password.dispose();
    super.dispose();
  }

  Future<void> _logIn() async {
    if (_sending) return;
    setState(() => _error = null);
    if (!_formKey.currentState!.validate()) return;
    setState(() => _sending = true);
    // The password is sent as typed: spaces may be part of it.
    final input = LogInInput(
      email: _email.text.trim(),
      password: _password.text,
    );
    try {
      final session = await widget.client.logIn(input);
      // Replaces this screen with the board.
      widget.session.start(session);
    } catch (error) {
      if (!mounted) return;
      setState(() {
        _sending = false;
        _error = error;
      });
    }
  }

  void _useDemoAccount() {
    _email.text = demoEmail;
    _password.text = demoPassword;
  }

  @override
  Widget build(BuildContext context) {
    final error = _error;
    if (error is UpdateRequiredException) {
      return Scaffold(body: UpdateRequiredView(exception: error));
    }
    final emailError = bodyFieldError(error, 'email');
    final passwordError = bodyFieldError(error, 'password');
    final fieldError = emailError != null || passwordError != null;
    final message = error == null || fieldError ? null : errorMessage(error);
    final notice = widget.session.notice;
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: const Text(appTitle)),
      body: Form(
        key: _formKey,
        child: AutofillGroup(
          child: ListView(
            padding: const EdgeInsets.all(16),
            children: [
              Text(
                'Log in to see your tasks',
                style: theme.textTheme.headlineSmall,
              ),
              if (notice != null) ...[
                const SizedBox(height: 8),
                Text(notice),
              ],
              const SizedBox(height: 16),
              TextFormField(
                key: const Key('email'),
                controller: _email,
                decoration: InputDecoration(
                  labelText: 'Email',
                  errorText: emailError,
                ),
                keyboardType: TextInputType.emailAddress,
                autofillHints: const [AutofillHints.email],
                textInputAction: TextInputAction.next,
                validator: (value) => _required(value, 'Enter your email'),
              ),
              TextFormField(
                key: const Key('password'),
                controller: _password,
                decoration: InputDecoration(
                  labelText: 'Password',
                  errorText: passwordError,
                ),
                obscureText: true,
                autofillHints: const [AutofillHints.password],
                onFieldSubmitted: (_) => _logIn(),
                validator: (value) => _required(value, 'Enter your password'),
              ),
              const SizedBox(height: 24),
              if (message != null) ...[
                Text(
                  message,
                  style: TextStyle(color: theme.colorScheme.error),
                ),
                const SizedBox(height: 8),
              ],
              FilledButton(
                onPressed: _sending ? null : _logIn,
                child: const Text('Log in'),
              ),
              const SizedBox(height: 32),
              Text(
                'Demo account: $demoEmail / $demoPassword',
                style: theme.textTheme.bodySmall,
                textAlign: TextAlign.center,
              ),
              TextButton(
                onPressed: _useDemoAccount,
                child: const Text('Use the demo account'),
              ),
            ],
          ),
        ),
      ),
    );
  }
}

/// [message] when [value] is empty: the server would refuse it anyway.
String? _required(String? value, String message) {
  return (value ?? '').trim().isEmpty ? message : null;
}
