/** One message of a channel's public web preview (t.me/s/<channel>). */
export interface TelegramPost {
  /** Numeric message id from `data-post="<channel>/<id>"`. */
  id: number;
  channel: string;
  /** https://t.me/<channel>/<id> */
  url: string;
  /** ISO instant from `time[datetime]` (UTC); null when the markup has none. */
  publishedAt: string | null;
  /** Message text: `<br>` as "\n", emoji as their characters, entities decoded, trimmed. */
  text: string;
  edited: boolean;
  forwarded: boolean;
  service: boolean;
}

/** What one page of the preview shows. */
export interface TelegramPage {
  posts: TelegramPost[];
  /** The id to pass as `?before=` for the next older page; null at the start of the channel. */
  before: number | null;
  /** The page has the `.tgme_channel_history` section (present even when it is empty). */
  hasHistory: boolean;
}
