-- The application's own database role (quality.md S12). The app connects as laurel_app (give it LOGIN
-- and a password, see README), never as the owner of the tables: laurel_app may read and write the
-- application's tables but may only SELECT and INSERT on audit_events, so that the append-only log does
-- not rest on the trigger alone (an owner or superuser can disable a trigger; laurel_app cannot, and
-- is refused UPDATE, DELETE and TRUNCATE by privilege even when the trigger is off).
--
-- Migrations run as the owner (MIGRATION_DATABASE_URL, or DATABASE_URL when it names the owner).
-- The same migrations run on PGlite, whose one user is a superuser, and on managed PostgreSQL, whose
-- migration user may lack CREATEROLE: every step is guarded, and a step that cannot run says why in a
-- warning instead of failing the migration.
--
-- Migrations added after this one keep the grants right without repeating them: the default
-- privileges below give laurel_app SELECT, INSERT, UPDATE, DELETE on every table (and USAGE, SELECT
-- on every sequence) that the same owner creates later in schema public. Default privileges apply
-- only to objects created by the role that ran this migration, so later migrations must run as that
-- same owner. A new table that must be append-only, or a migration that drops and recreates
-- audit_events, must REVOKE UPDATE, DELETE, TRUNCATE from laurel_app and PUBLIC itself, as below.

-- Roles belong to the whole cluster: the role may already exist (created by an administrator before
-- the first migration, or by another database of the same cluster, possibly at this very moment).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'laurel_app') THEN
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
    RAISE WARNING 'laurel_app was not created: % may not create roles. Ask an administrator to run CREATE ROLE laurel_app NOLOGIN and then the grants of drizzle/0002_app_role.sql.', current_user;
    RETURN;
  END IF;
  BEGIN
    CREATE ROLE laurel_app NOLOGIN;
  EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
      NULL; -- created concurrently by a migration of another database in the same cluster
    WHEN insufficient_privilege THEN
      RAISE WARNING 'laurel_app was not created: %', SQLERRM;
  END;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'laurel_app') THEN
    RETURN;
  END IF;
  -- One block: if any grant is refused, none of them stays (the revoke on audit_events cannot be
  -- left out while the blanket grant stays in).
  BEGIN
    GRANT USAGE ON SCHEMA public TO laurel_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO laurel_app;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO laurel_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO laurel_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO laurel_app;
    -- The audit log is append-only (architecture.md rule 5): read and append, nothing else.
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM laurel_app;
  EXCEPTION
    WHEN insufficient_privilege THEN
      RAISE WARNING 'laurel_app was not granted its privileges (%): run the grants of drizzle/0002_app_role.sql as the owner of the tables.', SQLERRM;
  END;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC;
EXCEPTION
  WHEN insufficient_privilege THEN
    RAISE WARNING 'UPDATE, DELETE, TRUNCATE on audit_events were not revoked from PUBLIC: %', SQLERRM;
END
$$;
