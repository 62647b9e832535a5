// `pnpm --filter @acme/api seed`: fills the configured database with example data, once.
import { loadConfig } from '../config.js';
import { exitOnStartupError } from '../exit-on-startup-error.js';
import { openDatabase } from './database.js';
import { isEmpty, seedDatabase } from './seed.js';

const config = await exitOnStartupError(loadConfig);
// Opening takes the data directory's lock: seeding under a running server is refused.
const database = await exitOnStartupError(() => openDatabase(config.database));
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
