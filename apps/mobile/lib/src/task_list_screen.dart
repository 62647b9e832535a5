import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

import 'app.dart';
import 'create_task_screen.dart';
import 'error_view.dart';
import 'session.dart';
import 'task_tile.dart';

/// The newest tasks, the way into the create flow, and the log-out action.
class TaskListScreen extends StatefulWidget {
  const TaskListScreen({
    super.key,
    required this.client,
    required this.session,
  });

  final ApiClient client;
  final SessionStore session;

  @override
  State<TaskListScreen> createState() => _TaskListScreenState();
}

class _TaskListScreenState extends State<TaskListScreen> {
  late Future<List<Task>> _tasks = _load();

  Future<List<Task>> _load() async {
    final page = await widget.session.guard(widget.client.listTasks());
    return page.items;
  }

  void _reload() {
    setState(() {
      _tasks = _load();
    });
  }

  Future<void> _create() async {
    final route = MaterialPageRoute<Task>(
      builder: (context) => CreateTaskScreen(
        client: widget.client,
        session: widget.session,
      ),
    );
    final created = await Navigator.of(context).push(route);
    if (!mounted) return;
    if (created == null) return;
    final snackBar = SnackBar(content: Text('Created ${created.title}'));
    ScaffoldMessenger.of(context).showSnackBar(snackBar);
    _reload();
  }

  Future<void> _logOut() async {
    try {
      // Ends the session on the server too: the token stops working even if
      // a copy of it survives somewhere.
      await widget.client.logOut();
    } on Exception {
      // Offline, or the session had ended already: forgetting the token on
      // this device is what logging out must achieve, so go on.
    }
    widget.session.end();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text(appTitle),
        actions: [
          IconButton(
            onPressed: _reload,
            tooltip: 'Refresh',
            icon: const Icon(Icons.refresh),
          ),
          IconButton(
            onPressed: _logOut,
            tooltip: 'Log out',
            icon: const Icon(Icons.logout),
          ),
        ],
      ),
      body: FutureBuilder<List<Task>>(
        future: _tasks,
        builder: (context, snapshot) {
          final error = snapshot.error;
          if (error != null) return ErrorView(error: error, onRetry: _reload);
          final tasks = snapshot.data;
          if (tasks == null) {
            return const Center(child: CircularProgressIndicator());
          }
          if (tasks.isEmpty) return const Center(child: Text('No tasks yet'));
          return ListView.builder(
            itemCount: tasks.length,
            itemBuilder: (context, index) => TaskTile(task: tasks[index]),
          );
        },
      ),
      floatingActionButton: FloatingActionButton.extended(
        onPressed: _create,
        icon: const Icon(Icons.add),
        label: const Text('New task'),
      ),
    );
  }
}
