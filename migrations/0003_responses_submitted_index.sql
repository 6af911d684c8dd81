DROP INDEX `responses_survey_version_status`;--> statement-breakpoint
DROP INDEX `responses_survey_version_updated`;--> statement-breakpoint
CREATE INDEX `responses_survey_version_status_submitted` ON `responses` (`survey_version_id`,`status`,`submitted_at`);