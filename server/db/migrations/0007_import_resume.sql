ALTER TABLE "data_imports" ADD COLUMN "storage_key" text;--> statement-breakpoint
ALTER TABLE "data_imports" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "data_imports__running__idx" ON "data_imports" USING btree ("status","heartbeat_at");