#!/usr/bin/env node
import path from 'node:path';
import { Command } from 'commander';
import { roleSchema } from '../contracts/common';
import { findPasswordProblem } from '../domain/password-policy';
import { buildApp } from '../server/main';
import { startReminderWorker } from '../server/modules/agenda/reminders.worker';
import { addMember } from '../server/modules/members/members.service';
import { findGovernmentBySlug, insertGovernment } from '../server/modules/territory/territory.queries';
import { startUtilityWorker } from '../server/modules/utility/utility.worker';
import { recordAudit } from '../server/platform/audit';
import { backupEmbeddedDatabase, restoreEmbeddedDatabase } from '../server/platform/backup';
import { type AppConfig, loadConfig } from '../server/platform/config';
import { type DatabaseHandle, openDatabase } from '../server/platform/db';
import { ValidationError } from '../server/platform/errors';
import { translate } from '../server/platform/i18n';
import { createMailer } from '../server/platform/mailer';
import { importIatiCommand } from './import-iati';
import { demoCredentials, isDemoSeeded, seedDemo } from './seed-demo';

async function withDatabase<T>(
  config: AppConfig,
  work: (database: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}

function describeDatabase(config: AppConfig): string {
  return config.databaseUrl
    ? `PostgreSQL (${new URL(config.databaseUrl).host})`
    : `PGlite embebido en ${config.dataDir}`;
}

const program = new Command()
  .name('vinculo')
  .description('Vínculo: la acción internacional de un gobierno local como política pública');

program
  .command('serve')
  .description('Run the API and the web app (applies migrations first)')
  .option('--demo', 'load the Medellín and Ciudad de México demo if the database has no demo yet')
  .action(async (options: { demo?: boolean }) => {
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await database.migrate();
    let credentials: { email: string; password: string } | null = null;
    if (options.demo) {
      credentials = demoCredentials(config.dataDir);
      if (!(await isDemoSeeded(database.db))) {
        console.log('Cargando los datos de demostración (Medellín y Ciudad de México)…');
        await seedDemo(database.db, {
          password: credentials.password,
          passwordHashCost: config.passwordHashCost,
          uploadsDir: path.join(config.dataDir, 'uploads'),
          log: console.log,
        });
      }
    }
    const mailer = createMailer(config.smtpUrl, config.mailFrom);
    const app = await buildApp({ config, database, mailer });
    const stopWorker =
      config.reminderIntervalSeconds > 0
        ? startReminderWorker({
            db: database.db,
            mailer,
            publicUrl: config.publicUrl,
            intervalSeconds: config.reminderIntervalSeconds,
            log: app.log,
          })
        : () => undefined;
    const stopUtilityWorker =
      config.utilityIntervalSeconds > 0
        ? startUtilityWorker({
            db: database.db,
            intervalSeconds: config.utilityIntervalSeconds,
            log: app.log,
          })
        : () => undefined;
    const shutdown = async (signal: string) => {
      app.log.info({ signal }, 'shutting down');
      stopWorker();
      stopUtilityWorker();
      mailer.close();
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ host: config.host, port: config.port });
    const address = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    // From process start: loading the code and the database are part of what a person waits for.
    const seconds = process.uptime().toFixed(1);
    console.log(
      `\nVínculo está listo en ${address} (${seconds} s) — base de datos: ${describeDatabase(config)}`,
    );
    console.log(`Documentación de la API: ${address}/api/docs`);
    if (credentials) {
      console.log(`Usuario de demostración: ${credentials.email}  contraseña: ${credentials.password}`);
      console.log(
        '(coordinacion.medellin@, enlace.planeacion.medellin@, consulta.medellin@, coordinacion.cdmx@,',
      );
      console.log(' enlace.sedema.cdmx@ y consulta.cdmx@vinculo.demo usan la misma contraseña)\n');
    }
    if (config.isSessionSecretGenerated) {
      console.log('Aviso: SESSION_SECRET no está definido; las sesiones terminan al reiniciar.');
    }
  });

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(async () => {
    const config = loadConfig();
    await withDatabase(config, async () => undefined);
    console.log(`Migraciones aplicadas en ${describeDatabase(config)}`);
  });

program
  .command('backup')
  .description('Back up the embedded database to one file (stop the server first)')
  .argument('<file>', 'where to write the backup, e.g. vinculo-2026-11-30.tar.gz')
  .action(async (file: string) => {
    const config = loadConfig();
    if (config.databaseUrl) {
      console.error(
        'Con PostgreSQL use pg_dump: pg_dump --format=custom --file=vinculo.dump "$DATABASE_URL"',
      );
      process.exitCode = 2;
      return;
    }
    const bytes = await backupEmbeddedDatabase(config.dataDir, file).catch((error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
      return null;
    });
    if (bytes === null) return;
    console.log(`Copia de seguridad escrita en ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
  });

program
  .command('restore')
  .description('Restore a backup of the embedded database into an empty DATA_DIR')
  .argument('<file>', 'a file written by vinculo backup')
  .action(async (file: string) => {
    const config = loadConfig();
    if (config.databaseUrl) {
      console.error(
        'Con PostgreSQL use pg_restore: pg_restore --clean --dbname="$DATABASE_URL" vinculo.dump',
      );
      process.exitCode = 2;
      return;
    }
    const isRestored = await restoreEmbeddedDatabase(file, config.dataDir).then(
      () => true,
      (error: Error) => {
        console.error(error.message);
        process.exitCode = 1;
        return false;
      },
    );
    if (!isRestored) return;
    console.log(`Copia restaurada en ${config.dataDir}`);
  });

program
  .command('seed')
  .description('Load data')
  .option('--demo', 'the Medellín and Ciudad de México demo')
  .action(async (options: { demo?: boolean }) => {
    if (!options.demo) {
      console.error('Indique qué cargar: vinculo seed --demo');
      process.exitCode = 2;
      return;
    }
    const config = loadConfig();
    const credentials = demoCredentials(config.dataDir);
    await withDatabase(config, (database) =>
      seedDemo(database.db, {
        password: credentials.password,
        passwordHashCost: config.passwordHashCost,
        uploadsDir: path.join(config.dataDir, 'uploads'),
        log: console.log,
      }),
    );
    console.log(`Usuario de demostración: ${credentials.email}  contraseña: ${credentials.password}`);
  });

const user = program.command('user').description('Manage users');
user
  .command('create')
  .description('Create a user with a role in a government (the first admin, for instance)')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--government <slug>', 'the government, by its slug (e.g. medellin)')
  .option('--role <role>', 'admin | coordinator | liaison | viewer', 'admin')
  .option(
    '--password <password>',
    'at least 12 characters, not a breached or trivial one; read from VINCULO_PASSWORD when omitted',
  )
  .action(
    async (options: { email: string; name: string; government: string; role: string; password?: string }) => {
      const config = loadConfig();
      const password = options.password ?? process.env.VINCULO_PASSWORD;
      const role = roleSchema.safeParse(options.role);
      if (!password) {
        console.error('Indique la contraseña (--password o VINCULO_PASSWORD).');
        process.exitCode = 2;
        return;
      }
      // The same policy as every other way of setting a password: not breached, not trivial, not personal.
      const problem = findPasswordProblem(password, { email: options.email, name: options.name });
      if (problem) {
        console.error(translate('es', `access.password_${problem}`));
        process.exitCode = 2;
        return;
      }
      if (!role.success) {
        console.error('Rol no válido: use admin, coordinator, liaison o viewer.');
        process.exitCode = 2;
        return;
      }
      await withDatabase(config, async (database) => {
        const government = await findGovernmentBySlug(database.db, options.government);
        if (!government) {
          console.error(`No existe el gobierno «${options.government}».`);
          process.exitCode = 2;
          return;
        }
        const added = await database.db.transaction((tx) =>
          addMember(
            tx,
            { governmentId: government.id, userId: null },
            { email: options.email, name: options.name, role: role.data, password },
            config.passwordHashCost,
          ).catch((error: unknown) => {
            // A refused e-mail or password is said in words, not with a stack trace.
            if (!(error instanceof ValidationError)) throw error;
            for (const issue of error.issues) console.error(translate('es', issue.key, issue.params));
            return null;
          }),
        );
        if (!added) {
          process.exitCode = 2;
          return;
        }
        console.log(`Usuario ${options.email} creado con rol ${role.data} en ${government.name}.`);
      });
    },
  );

const association = program
  .command('association')
  .description('Manage associations (networks of governments)');
association
  .command('create')
  .description('Create an association: a tenant that invites governments and compares what they share')
  .requiredOption('--slug <slug>', 'short name, lowercase letters, digits and hyphens (e.g. red-oril)')
  .requiredOption('--name <name>')
  .option('--country <code>', 'ISO 3166-1 alpha-2 country of its seat', 'CO')
  .option('--timezone <zone>', 'IANA time zone of its seat', 'America/Bogota')
  .action(async (options: { slug: string; name: string; country: string; timezone: string }) => {
    const config = loadConfig();
    if (!/^[a-z0-9-]{2,60}$/.test(options.slug) || !/^[A-Z]{2}$/.test(options.country)) {
      console.error(
        'Use un nombre corto en minúsculas (letras, dígitos y guiones) y un código de país ISO (CO, MX…).',
      );
      process.exitCode = 2;
      return;
    }
    await withDatabase(config, async (database) => {
      if (await findGovernmentBySlug(database.db, options.slug)) {
        console.error(`Ya existe «${options.slug}».`);
        process.exitCode = 2;
        return;
      }
      await database.db.transaction(async (tx) => {
        const created = await insertGovernment(tx, {
          slug: options.slug,
          name: options.name,
          kind: 'other',
          tenantKind: 'association',
          countryCode: options.country,
          languages: ['es'],
          reportingCurrency: 'USD',
          timezone: options.timezone,
        });
        await recordAudit(
          tx,
          { governmentId: created.id, userId: null },
          {
            entityType: 'government',
            entityId: created.id,
            action: 'create',
            after: created,
          },
        );
      });
      console.log(
        `Asociación «${options.name}» creada. Dele su primer administrador con: vinculo user create --government ${options.slug} …`,
      );
    });
  });

const importData = program.command('import').description('Import data files');
importData
  .command('iati')
  .description("Import an IATI activities file into a government's donor catalogue (streaming, resumable)")
  .argument('<file>', 'IATI 2.0x activities XML, of any size')
  .requiredOption('--government <slug>', 'the government, by its slug (e.g. medellin)')
  .action(async (file: string, options: { government: string }) => {
    const config = loadConfig();
    process.exitCode = await withDatabase(config, (database) =>
      importIatiCommand(database, file, options.government),
    );
  });

await program.parseAsync(process.argv);
