CREATE SEQUENCE "public"."incident_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "classifier_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"algorithm" text NOT NULL,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL,
	"train_count" integer NOT NULL,
	"test_count" integer NOT NULL,
	"accuracy" real NOT NULL,
	"report" jsonb NOT NULL,
	"parameters" jsonb NOT NULL,
	"active" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispatch_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_code" text NOT NULL,
	"place_code" text NOT NULL,
	"lead_department_id" uuid NOT NULL,
	"assisting_department_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"automatic" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grids" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"community_code" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"min_lng" double precision NOT NULL,
	"min_lat" double precision NOT NULL,
	"max_lng" double precision NOT NULL,
	"max_lat" double precision NOT NULL,
	"worker_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "incident_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"name" jsonb NOT NULL,
	"department_kind" text,
	"urgent_hours" integer DEFAULT 24 NOT NULL,
	"working_days" integer DEFAULT 5 NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"anonymous_allowed" boolean DEFAULT false NOT NULL,
	"attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"details" jsonb,
	"public" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"part_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"channel" text NOT NULL,
	"request_type" text DEFAULT 'report' NOT NULL,
	"status" text NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"category_code" text,
	"suggested_category_code" text,
	"suggestion_confidence" real,
	"classifier_model_id" uuid,
	"description" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"address" text,
	"grid_code" text,
	"community_code" text,
	"street_code" text,
	"district_code" text NOT NULL,
	"lead_department_id" uuid,
	"reporter_user_id" uuid,
	"reporter_name" text,
	"reporter_phone_enc" text,
	"contact_preference" text DEFAULT 'none' NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"intake_client_id" uuid,
	"attributes" jsonb,
	"duplicate_of" uuid,
	"deadline_at" timestamp with time zone,
	"deadline_state" text,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"dispatched_at" timestamp with time zone,
	"handled_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"rating" integer,
	"rating_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents__number__key" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "intake_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key_prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"scopes" text[] NOT NULL,
	"department_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "intake_clients__key_prefix__key" UNIQUE("key_prefix")
);
--> statement-breakpoint
CREATE TABLE "sensor_episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sensor_code" text NOT NULL,
	"rule_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"peak" double precision NOT NULL,
	"readings" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sensor_readings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"sensor_code" text NOT NULL,
	"metric" text NOT NULL,
	"value" double precision NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sensor_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"place_code" text,
	"metric" text NOT NULL,
	"open_above" double precision NOT NULL,
	"close_below" double precision NOT NULL,
	"category_code" text NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sensors" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"intake_client_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_rules__category_place__key" ON "dispatch_rules" USING btree ("category_code","place_code");--> statement-breakpoint
CREATE INDEX "grids__community_code__idx" ON "grids" USING btree ("community_code");--> statement-breakpoint
CREATE INDEX "grids__worker_user_id__idx" ON "grids" USING btree ("worker_user_id");--> statement-breakpoint
CREATE INDEX "incident_events__incident_id__idx" ON "incident_events" USING btree ("incident_id","id");--> statement-breakpoint
CREATE INDEX "incident_parts__incident_id__idx" ON "incident_parts" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_parts__department_id__status__idx" ON "incident_parts" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "incident_photos__incident_id__idx" ON "incident_photos" USING btree ("incident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_photos__file_id__key" ON "incident_photos" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "incidents__status__idx" ON "incidents" USING btree ("status");--> statement-breakpoint
CREATE INDEX "incidents__district_code__created_at__idx" ON "incidents" USING btree ("district_code","created_at");--> statement-breakpoint
CREATE INDEX "incidents__lead_department_id__status__idx" ON "incidents" USING btree ("lead_department_id","status");--> statement-breakpoint
CREATE INDEX "incidents__reporter_user_id__idx" ON "incidents" USING btree ("reporter_user_id");--> statement-breakpoint
CREATE INDEX "incidents__duplicate_of__idx" ON "incidents" USING btree ("duplicate_of");--> statement-breakpoint
CREATE INDEX "incidents__grid_code__idx" ON "incidents" USING btree ("grid_code");--> statement-breakpoint
CREATE INDEX "incidents__open_category_created__idx" ON "incidents" USING btree ("category_code","created_at") WHERE status IN ('registered', 'returned', 'dispatched', 'accepted', 'in_progress', 'handled') AND duplicate_of IS NULL;--> statement-breakpoint
CREATE INDEX "incidents__created_at__idx" ON "incidents" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sensor_episodes__one_open__key" ON "sensor_episodes" USING btree ("sensor_code","rule_id") WHERE closed_at IS NULL;--> statement-breakpoint
CREATE INDEX "sensor_readings__sensor_code__measured_at__idx" ON "sensor_readings" USING btree ("sensor_code","measured_at");