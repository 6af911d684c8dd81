/** Entry of the respondent page (`/r/<token>`). SurveyJS's stylesheet loads first so respond.css can adjust it. */
import './survey-library.ts';
import './respond.css';
import { startRespondPage } from './respond-page.ts';

void startRespondPage();
