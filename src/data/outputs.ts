/**
 * Feeds, computed once per build from the model and shared by the RSS and Atom endpoints.
 */
import { absoluteUrl } from '../components/url.ts';
import { feeds as buildFeeds } from '../lib/feeds.ts';
import { model } from './model.ts';

export const feeds = buildFeeds(model, absoluteUrl);
