ALTER TABLE `responses` ADD `submission_sequence` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `responses_submission_sequence` ON `responses` (`submission_sequence`);--> statement-breakpoint
CREATE INDEX `responses_survey_version_sequence` ON `responses` (`survey_version_id`,`submission_sequence`);