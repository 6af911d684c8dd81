CREATE TABLE `survey_version_definitions` (
	`survey_version_id` integer PRIMARY KEY NOT NULL,
	`definition` text NOT NULL,
	FOREIGN KEY (`survey_version_id`) REFERENCES `survey_versions`(`id`) ON UPDATE no action ON DELETE no action
);
