import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

import 'log_in_screen.dart';
import 'session.dart';
import 'task_list_screen.dart';

/// The name users see; `pnpm init-template --name` renames it.
const appTitle = 'Tether tasks';

/// The example app: the log-in screen while nobody is signed in, then a task
/// list and a create flow on the generated client.
class TaskBoardApp extends StatefulWidget {
  const TaskBoardApp({super.key, required this.client, required this.session});

  /// The generated API client, whose token provider reads [session]; tests
  /// pass one backed by a mock HTTP client.
  final ApiClient client;

  /// Who is signed in. When the session ends (log-out, or the API answering
  /// 401 to any call), the app goes back to the log-in screen.
  final SessionStore session;

  @override
  State<TaskBoardApp> createState() => _TaskBoardAppState();
}

class _TaskBoardAppState extends State<TaskBoardApp> {
  final _navigator = GlobalKey<NavigatorState>();

  @override
  void initState() {
    super.initState();
    widget.session.addListener(_sessionChanged);
  }

  @override
  void didUpdateWidget(TaskBoardApp oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.session == widget.session) return;
    oldWidget.session.removeListener(_sessionChanged);
    widget.session.addListener(_sessionChanged);
  }

  @override
  void dispose() {
    widget.session.removeListener(_sessionChanged);
    super.dispose();
  }

  void _sessionChanged() {
    // Screens opened on top of the board (the create flow) belong to the
    // session that ended; the first route then shows the log-in screen.
    _navigator.currentState?.popUntil((route) => route.isFirst);
    setState(() {});
  }

  @override
  Widget build(BuildContext context) {
    final session = widget.session;
    return MaterialApp(
      navigatorKey: _navigator,
      title: appTitle,
      theme: ThemeData(colorSchemeSeed: Colors.indigo),
      home: session.session == null
          ? LogInScreen(client: widget.client, session: session)
          : TaskListScreen(client: widget.client, session: session),
    );
  }
}
