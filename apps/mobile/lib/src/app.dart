import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

import 'task_list_screen.dart';

/// The name users see; `pnpm init-template --name` renames it.
const appTitle = 'Tether tasks';

/// The example app: a task list and a create flow on the generated client.
class TaskBoardApp extends StatelessWidget {
  const TaskBoardApp({super.key, required this.client});

  /// The generated API client; tests pass one backed by a mock HTTP client.
  final ApiClient client;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: appTitle,
      theme: ThemeData(colorSchemeSeed: Colors.indigo),
      home: TaskListScreen(client: client),
    );
  }
}
