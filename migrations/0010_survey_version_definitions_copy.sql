-- Custom SQL migration file, put your code below! --
-- Every version's definition moves to survey_version_definitions before the column is dropped (0011).
INSERT INTO `survey_version_definitions` (`survey_version_id`, `definition`)
SELECT `id`, `definition` FROM `survey_versions`;
