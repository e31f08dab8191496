/**
 * Feeds, computed once per build from the model and shared by the RSS and Atom endpoints.
 */
import { absoluteUrl } from '../format/url.ts';
import { feeds as buildFeeds } from './feeds.ts';
import { model } from '../model/current.ts';

export const feeds = buildFeeds(model, absoluteUrl);
