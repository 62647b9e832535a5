// `pnpm --filter @acme/api seed`: fills the configured database with example data, once.
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from './database.js';
import { isEmpty, seedDatabase } from './seed.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const database = await openDatabase(config.database);
try {
  if (await isEmpty(database.db)) {
    const { tasks } = await seedDatabase(database.db);
    console.log(
      `Seeded the ${database.driver} database with example users, projects and ${tasks} tasks.`,
    );
  } else {
    console.log(`The ${database.driver} database already has data; left it unchanged.`);
  }
} finally {
  await database.close();
}
