/**
 * For every clutter and post-clean rule: an example it removes and a near
 * miss it keeps. tests/pipeline/clutter-rules.test.ts puts each example in a
 * news page, runs the whole pipeline and checks the rule's id in the removal
 * log; a rule without examples here fails that test.
 */

export interface RuleExample {
  /** Markup; a bare line of text goes in a paragraph of its own. */
  html: string;
  /**
   * Where it goes: among the article's paragraphs (the middle), at the start or
   * end of the article, or on the page before or after it. By default the
   * middle, or the end for rules that only look at the article's edges.
   */
  at?: 'start' | 'middle' | 'end' | 'before' | 'after';
  /** Text that identifies the block in the output: the text of the markup by default. */
  probe?: string;
  /** How often the probe is left in the text: 0 once removed, 1 when kept (a repeat removes one of two). */
  remains?: number;
}

export interface RuleExamples {
  removes: RuleExample;
  keeps: RuleExample;
}

/** The author named in the test page's metadata, for the rules that need one. */
export const EXAMPLE_AUTHOR = 'Jane Doe';

export const RULE_EXAMPLES: Record<string, RuleExamples> = {
  // Page chrome, by structure.
  navigation: {
    removes: { html: '<nav><a href="/a">World</a> <a href="/b">Business</a> <a href="/c">Sports news</a></nav>', at: 'before', probe: 'Business' },
    keeps: {
      html: '<ul><li>Protected lanes on the main road through the northern districts</li><li>Bicycle parking at every school</li></ul>',
      probe: 'Protected lanes',
    },
  },
  'site-header': {
    removes: { html: '<header><a href="/">The Daily Example</a> <span>Foreign Affairs desk</span></header>', at: 'before', probe: 'Foreign Affairs desk' },
    keeps: {
      html: '<header><p>Residents were split over the plan, which took three years to prepare and will cost more than forty million euros.</p></header>',
      at: 'start',
      probe: 'Residents were split',
    },
  },
  'site-footer': {
    removes: { html: '<footer><p>The Daily Example, 1 Harbour Street, Springfield</p></footer>', at: 'after', probe: '1 Harbour Street' },
    keeps: { html: 'Objections can be sent to the council offices at 1 Harbour Street, Springfield, until the end of the month.', probe: '1 Harbour Street' },
  },
  sidebar: {
    removes: { html: '<aside><h3>In pictures</h3><p>Ten photographs of the city as it was a century ago</p></aside>', at: 'after', probe: 'Ten photographs' },
    keeps: { html: '<blockquote><p>“We have waited twenty years for these lanes,” one resident told the meeting.</p></blockquote>', probe: 'We have waited' },
  },
  dialog: {
    removes: { html: '<dialog open><p>Allow notifications from this site?</p></dialog>', at: 'after', probe: 'Allow notifications' },
    keeps: { html: 'The dialogue between cyclists and drivers has improved since the trial began, the mayor said.', probe: 'The dialogue between' },
  },
  modal: {
    removes: { html: '<div aria-modal="true"><p>You have read three of your five free articles this month.</p></div>', at: 'after', probe: 'free articles' },
    keeps: {
      html: '<div aria-modal="false"><p>A survey of two thousand households found that most would cycle more if the roads were safer.</p></div>',
      probe: 'A survey of two thousand',
    },
  },
  hidden: {
    removes: { html: '<div style="display: none"><p>Another story about the harbour, hidden behind a tab</p></div>', probe: 'Another story about the harbour' },
    keeps: {
      html: '<div style="display: block"><p>Cycling to school has doubled in five years, according to the city’s own survey of parents.</p></div>',
      probe: 'Cycling to school has doubled',
    },
  },
  'player-clock': {
    removes: { html: '<div><span>00:00</span> / <span>03:15</span><input type="range" min="0" max="100" value="0"></div>', probe: '03:15' },
    keeps: { html: '<p>The first train leaves at 05:40 and the last at 23:15.</p>', probe: 'The first train leaves at 05:40' },
  },
  form: {
    removes: { html: '<form><label>Your e-mail for updates</label><input type="email"><button>Send</button></form>', probe: 'Your e-mail for updates' },
    keeps: { html: 'Residents can fill in a form at the town hall to ask for a bicycle rack outside their building.', probe: 'fill in a form' },
  },

  // Furniture by class and id words.
  'share-bar': {
    removes: { html: '<div class="article-share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>', probe: 'Facebook' },
    keeps: {
      html: '<div class="shared-space"><p>Shared spaces, where cyclists and people on foot use one path, will be marked with paint.</p></div>',
      probe: 'Shared spaces',
    },
  },
  'related-list': {
    removes: { html: '<div class="related-posts"><a href="/trams">Trams return to the old town</a></div>', at: 'after', probe: 'Trams return' },
    keeps: {
      html: '<div class="relation-note"><p>The network links the northern districts with the harbour and the main railway station.</p></div>',
      probe: 'The network links',
    },
  },
  'most-popular': {
    removes: {
      html: '<div id="mostPopular"><ol><li><a href="/x">Other story one</a></li><li><a href="/y">Other story two</a></li></ol></div>',
      at: 'after',
      probe: 'Other story one',
    },
    keeps: {
      html: '<div class="mostly-cloudy"><p>Rain is the main reason people give for leaving the bicycle at home, the survey found.</p></div>',
      probe: 'Rain is the main reason',
    },
  },
  'newsletter-box': {
    removes: { html: '<div class="newsletter-signup"><p>Get the morning briefing.</p></div>', probe: 'morning briefing' },
    keeps: {
      html: '<div class="letters"><p>In a letter to the council, shop owners asked for delivery bays on the main road.</p></div>',
      probe: 'In a letter',
    },
  },
  'paywall-prompt': {
    removes: { html: '<div class="paywall-offer"><a href="/join">Join today for one euro</a></div>', probe: 'Join today' },
    keeps: {
      html: '<div class="paywall-article"><p>The second phase, in the southern districts, depends on money from the regional government.</p></div>',
      probe: 'The second phase',
    },
  },
  comments: {
    removes: {
      html: '<section id="comments"><h3>Comments</h3><p>Great article, thanks for writing it, I learned a lot from this piece today!</p></section>',
      at: 'after',
      probe: 'Great article',
    },
    keeps: {
      html: '<div class="talk-of-the-town"><p>The talk of the town since the vote has been the cost of the network, which has doubled.</p></div>',
      probe: 'The talk of the town',
    },
  },
  'cookie-notice': {
    removes: {
      html: '<div class="cookie-banner"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p><button>Accept</button></div>',
      at: 'after',
      probe: 'We use cookies',
    },
    keeps: { html: 'The council’s data officer said no cameras would be installed along the new lanes.', probe: 'data officer' },
  },
  breadcrumb: {
    removes: { html: '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/local">Local news</a></li></ol>', at: 'before', probe: 'Local news' },
    keeps: {
      html: '<div class="crumbling-bridges"><p>Two of the bridges on the route are crumbling and will be rebuilt first.</p></div>',
      probe: 'Two of the bridges',
    },
  },
  'back-to-top': {
    // "top_btn": class tokens lose their "_" ("topbtn"), so the rule lists them without it.
    removes: { html: '<a class="top_btn" href="#top">Up</a>', at: 'after', probe: 'Up' },
    keeps: {
      html: '<div class="top-story-note"><p>The top speed on the shared paths will be limited to twenty kilometres an hour.</p></div>',
      probe: 'The top speed',
    },
  },
  advertisement: {
    removes: { html: '<div class="ad-slot"><span>Anzeige</span></div>', probe: 'Anzeige' },
    keeps: {
      html: '<div class="ad-free"><p>Billboards along the new lanes will be taken down to give cyclists a clear view.</p></div>',
      probe: 'Billboards along',
    },
  },
  promo: {
    removes: { html: '<div class="promo-box"><a href="/app">Get our app</a></div>', probe: 'Get our app' },
    keeps: {
      html: '<p class="teaser">Work on the lanes will close two roads in the northern districts for most of the summer.</p>',
      probe: 'Work on the lanes',
    },
  },
  tags: {
    removes: { html: '<div class="tags"><a href="/t/bikes">Bikes</a> <a href="/t/council">Council</a></div>', at: 'end', probe: 'Bikes' },
    keeps: {
      html: '<div class="topics"><p>Safety was the topic most residents raised at the meeting, followed by parking.</p></div>',
      probe: 'Safety was the topic',
    },
  },
  'author-box': {
    // However much prose it holds: a blogger's long self-portrait beside a post of short product lines.
    removes: {
      html: '<div class="author-bio"><p>I am Jane, I write about homes and the people who live in them, and I have run this blog for ten years, ever since I left the magazine where I learned the trade.</p></div>',
      at: 'after',
      probe: 'I am Jane',
    },
    keeps: {
      html: '<div class="bio-diversity"><p>Verges along the lanes will be planted with wild flowers to help bees and butterflies.</p></div>',
      probe: 'Verges along',
    },
  },
  'profile-box': {
    removes: { html: '<div class="profile"><a href="/authors/doe">More by this author</a></div>', at: 'end', probe: 'More by this author' },
    keeps: {
      html: '<div class="profile"><p>Verges along the lanes will be planted with wild flowers to help bees and butterflies, the council said on Monday, and the first seeds go in next month.</p></div>',
      probe: 'Verges along',
    },
  },
  kicker: {
    removes: { html: '<span class="kicker">Transport</span>', at: 'start', probe: 'Transport' },
    keeps: { html: '<p class="kickstart">A kick-start grant of two million euros came from the national government.</p>', probe: 'A kick-start grant' },
  },
  'print-only': {
    // "sr_only" and "srOnly" both give the token "sronly".
    removes: { html: '<div class="sr_only">Opens in a new window</div>', probe: 'Opens in a new window' },
    keeps: {
      html: '<div class="print-edition"><p>The plan was first shown in the print edition of the council’s newsletter in May.</p></div>',
      probe: 'The plan was first shown',
    },
  },

  // Furniture lines, by their words.
  'ad-label': {
    removes: { html: 'ADVERTISEMENT' },
    keeps: { html: 'Advertising revenue at the city-owned newspaper fell by a third last year, the council heard.', probe: 'Advertising revenue' },
  },
  'ad-label-lead': {
    removes: { html: 'ANZEIGE – Heute mal ausgehen? Tickets für das Stadtfest', probe: 'Heute mal ausgehen' },
    keeps: { html: 'Advertisement boards along the route will be removed by the end of the year.', probe: 'Advertisement boards' },
  },
  'affiliate-disclosure': {
    removes: { html: 'We may earn a commission when you buy through links on our site.', probe: 'earn a commission' },
    keeps: { html: 'The agency earned a commission of two million euros on the sale of the land, the report said.', probe: 'earned a commission' },
  },
  'commission-note': {
    removes: {
      html: 'Our experts test products regularly. Links to the offers they recommend are marked with an asterisk (*). We earn money when you click such a link or sign up with the provider; it has no bearing on what we recommend.',
      probe: 'We earn money when you click',
    },
    keeps: {
      html: 'The provider marks its own offers with an asterisk, the consumer office found, and earns money when customers click them without reading the terms.',
      probe: 'marks its own offers',
    },
  },
  'punctuation-only': {
    removes: { html: '* * *' },
    keeps: { html: '“No.”' },
  },
  'back-to-top-link': {
    removes: { html: 'Back to top ↑', probe: 'Back to top' },
    keeps: { html: 'Back to the top of the hill went the riders, cheered on by hundreds of residents.', probe: 'Back to the top' },
  },
  'ui-label': {
    removes: { html: 'Skip to content' },
    keeps: { html: 'Next year the council will review how many people use the lanes.', probe: 'Next year the council' },
  },
  'share-links': {
    removes: { html: 'Facebook Twitter WhatsApp E-mail', probe: 'WhatsApp' },
    keeps: { html: 'Facebook and Twitter both removed the posts after the council complained.', probe: 'Facebook and Twitter' },
  },
  'share-prompt': {
    removes: { html: 'Share this article' },
    keeps: { html: '“We want to share the road,” said a cyclist who has campaigned for the lanes for a decade.', probe: 'share the road' },
  },
  'newsletter-pitch': {
    removes: { html: 'Sign up for our newsletter to get the latest news delivered to your inbox.', probe: 'Sign up for our newsletter' },
    keeps: { html: 'Residents can sign up for a free bicycle repair course at the town hall.', probe: 'sign up for a free' },
  },
  'signup-consent': {
    removes: { html: 'You can unsubscribe at any time. For more information, see our Privacy Policy.', at: 'end' },
    keeps: { html: 'Customers can unsubscribe at any time, the company said in a statement on Monday.', probe: 'Customers can unsubscribe' },
  },
  'correction-prompt': {
    removes: { html: 'Fehler gefunden? Jetzt melden.', at: 'end' },
    keeps: { html: 'Researchers found a mistake in the model that changed the results.', probe: 'Researchers found a mistake' },
  },
  'comment-prompt': {
    removes: { html: 'Leave a comment' },
    keeps: { html: 'Comments from residents will be collected until March.', probe: 'Comments from residents' },
  },
  copyright: {
    removes: { html: '© 2024 Example Media. All rights reserved.', at: 'end', probe: 'All rights reserved' },
    keeps: { html: 'The copyright on the design of the new signs belongs to a Dutch firm, the council said.', probe: 'The copyright on the design' },
  },
  'legal-links': {
    removes: { html: 'Impressum | Datenschutz | Kontakt', probe: 'Datenschutz' },
    keeps: { html: 'The terms of the contract with the builder were not published, a spokeswoman said.', probe: 'The terms of the contract' },
  },
  'standards-note': {
    removes: { html: 'Our standards: the principles of independent reporting.', probe: 'Our standards' },
    keeps: { html: 'The standards for the new lanes follow Dutch guidelines, officials said.', probe: 'The standards for the new lanes' },
  },
  'citation-note': {
    removes: { html: 'Suggested citation: Doe, J. (2024). Bicycle lanes in the north.', probe: 'Suggested citation' },
    keeps: { html: 'How the citation was issued to the driver remains unclear, police said.', probe: 'How the citation' },
  },
  'embed-placeholder': {
    removes: { html: 'Click here to load the content from YouTube.', probe: 'Click here to load' },
    keeps: { html: 'The video was shown to the council before the vote on Tuesday.', probe: 'The video was shown' },
  },
  'media-duration': {
    removes: { html: '26.10.2025 | 2:43 min', probe: '2:43 min' },
    keeps: { html: 'The ride from the station took 12:30 min on the new lane.', probe: 'The ride from the station' },
  },
  'rating-prompt': {
    removes: { html: 'Was this article helpful?' },
    keeps: { html: 'Was the meeting helpful? Most residents who answered the survey said it was.', probe: 'Was the meeting helpful' },
  },
  'tag-list': {
    removes: { html: 'Tags: bicycles, council, transport', probe: 'Tags: bicycles' },
    keeps: { html: 'Tags on the new hire bicycles will carry a serial number.', probe: 'Tags on the new hire bicycles' },
  },
  'read-more-teaser': {
    removes: { html: '<p>Read more: <a href="/other">Council approves the new budget</a></p>', probe: 'Council approves the new budget' },
    keeps: { html: 'More than two thousand residents signed the petition that forced the council to hold the vote.', probe: 'More than two thousand' },
  },
  'read-more-headline': {
    removes: { html: 'Czytaj też: Wyścig zbrojeń na wschodzie', probe: 'Wyścig zbrojeń' },
    keeps: { html: 'Watch out for the new signs at junctions, the police said.', probe: 'Watch out for the new signs' },
  },
  'read-more-label': {
    removes: { html: 'Continue reading' },
    keeps: { html: 'Continue reading the plan online, the council told residents who missed the meeting.', probe: 'Continue reading the plan' },
  },
  'photo-credit': {
    removes: { html: 'Photo: Getty Images', probe: 'Getty Images' },
    keeps: { html: 'Photos of the new lanes were shown at the meeting on Tuesday.', probe: 'Photos of the new lanes' },
  },
  'dateline-labelled': {
    removes: { html: 'Updated: 15 November 2023, 10:12', probe: 'Updated: 15 November' },
    keeps: { html: 'Updated figures show 15 more crashes in November than a year ago.', probe: 'Updated figures show' },
  },
  dateline: {
    removes: { html: '15 November 2023 10:12', at: 'end' },
    keeps: { html: '15 November 2023 10:12', at: 'middle' },
  },
  'dateline-relative': {
    removes: { html: '2 hours ago', at: 'end' },
    keeps: { html: 'Three years ago the council first proposed the network.', at: 'end', probe: 'Three years ago' },
  },
  'republished-note': {
    removes: { html: 'This article was originally published in The Conversation.', at: 'end', probe: 'originally published' },
    keeps: { html: 'The plan was first published in 2019 and has been revised twice since.', at: 'end', probe: 'The plan was first published' },
  },
  'post-meta': {
    removes: { html: 'Friday | 14 June 2019 | 15:49 by Jane Roe in Transport | 0 comments', at: 'start', probe: '15:49' },
    keeps: { html: 'The vote, held on 14 June 2019 in the town hall, was the first of three.', at: 'end', probe: 'The vote, held on' },
  },
  'contributor-line': {
    removes: { html: 'Additional reporting by Jane Roe in Berlin', at: 'end', probe: 'Additional reporting' },
    keeps: { html: 'Reporting by the local paper first revealed the cost overrun in May.', at: 'middle', probe: 'Reporting by the local paper' },
  },
  byline: {
    removes: { html: 'By Jane Roe', at: 'end' },
    keeps: { html: 'By Tuesday, most of the lanes on the main road had been painted.', at: 'end', probe: 'By Tuesday' },
  },
  'reporter-line': {
    removes: { html: '홍길동 기자', at: 'end' },
    keeps: { html: 'A reporter, Hong Gil-dong, rode the first lane on Monday and found it clear.', at: 'end', probe: 'A reporter, Hong Gil-dong' },
  },
  'breadcrumb-trail': {
    removes: { html: 'Home › Local › Transport', at: 'end', probe: 'Home › Local' },
    keeps: { html: 'Speeds > 30 km/h on the new lanes will be fined, police said.', at: 'middle', probe: 'Speeds > 30 km/h' },
  },
  'agency-sign-off': {
    removes: { html: '(dpa)', at: 'end' },
    keeps: { html: 'AFP reporters counted more than two hundred cyclists on the first morning.', at: 'end', probe: 'AFP reporters counted' },
  },

  // The clutter pass's rules in code.
  'list-under-heading': {
    removes: {
      html: '<div><h3>Related articles</h3><ul><li><a href="/1">First related story here</a></li><li><a href="/2">Second related story here</a></li></ul></div>',
      probe: 'First related story',
    },
    keeps: {
      html: '<h3>Related costs</h3><ul><li>Paint for the whole network: two million euros</li><li>Signs and lights: four hundred thousand euros</li></ul>',
      probe: 'Paint for the whole network',
    },
  },
  'kicker-line': {
    removes: { html: 'Transport', at: 'start' },
    keeps: { html: 'Why now?', at: 'start' },
  },
  'topic-links': {
    removes: {
      html: '<p><a href="/category/transport/" rel="category tag">Transport</a>, <a href="/category/city-hall/" rel="category tag">City hall</a></p>',
      at: 'end',
      probe: 'Transport, City hall',
    },
    keeps: {
      html: '<p>Residents can follow the works on the <a href="/topics/bicycle-network/">council page about the network</a>, which is updated weekly.</p>',
      probe: 'Residents can follow the works',
    },
  },
  'leading-site-menu': {
    removes: {
      html: '<ul><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li><li><a href="/imprint">Imprint</a></li></ul>',
      at: 'start',
      probe: 'Business',
    },
    keeps: {
      html: '<ul><li><a href="#costs">Costs</a></li><li><a href="#timetable">Timetable</a></li><li><a href="#objections">Objections</a></li></ul>',
      at: 'start',
      probe: 'Timetable',
    },
  },
  'app-store-pitch': {
    removes: {
      html: '<div><p><b>Read our city news first, on your phone, with the News Example app</b></p><div><a href="https://apps.apple.com/app/id100"><img src="/apple.png"></a> <a href="https://play.google.com/store/apps/details?id=example.news"><img src="/google.png"></a></div></div>',
      probe: 'Read our city news first',
    },
    keeps: {
      html: '<p>Cyclists can report potholes with the city\'s repair app, free on <a href="https://apps.apple.com/app/id200">iPhones</a> and Android phones.</p>',
      probe: 'Cyclists can report potholes',
    },
  },
  'channel-promo-list': {
    removes: {
      html: '<ul><li>Our news on your phone: the app for <a href="https://apps.apple.com/app/id100">iPhone</a> and <a href="https://play.google.com/store/apps/details?id=example.news">Android</a></li><li>We are on <a href="https://www.instagram.com/examplenews/">Instagram</a> and <a href="https://www.facebook.com/ExampleNews">Facebook</a></li></ul>',
      at: 'end',
      probe: 'Our news on your phone',
    },
    keeps: {
      html: '<ul><li>The mayor wrote on <a href="https://x.com/citymayor/status/1770000000000000000">X</a> that the lanes open in May.</li><li>The club answered on <a href="https://www.instagram.com/p/C4abcdefg/">Instagram</a> with a photo.</li></ul>',
      probe: 'The mayor wrote on X',
    },
  },
  'player-card': {
    removes: {
      html: '<div class="episode"><img src="/cover.jpg" alt=""><h3>#4 The city on two wheels</h3><p><a href="https://podcasts.example/city">City Talk</a></p><button aria-label="Play episode"></button></div>',
      probe: 'The city on two wheels',
    },
    keeps: {
      html: '<figure><video src="/lanes.mp4"></video><button aria-label="Play video"></button><figcaption>The first stretch of the new lane, filmed from a bicycle.</figcaption></figure>',
      probe: 'The first stretch of the new lane',
    },
  },
  'signup-box': {
    removes: {
      html: '<div class="box"><h3>The Morning Briefing</h3><p>Every weekday at 7 a.m., the five stories you need.</p><form><input type="email" name="email"><button>Sign me up</button></form></div>',
      probe: 'The Morning Briefing',
    },
    keeps: {
      html: '<p>Residents can ask for the timetable by e-mail through the council’s site, which will publish it before the end of the year.</p><form><input type="email" name="email"></form><p>The southern districts will be asked for their views on the second phase at three public meetings in the spring.</p>',
      probe: 'Residents can ask for the timetable',
    },
  },
  'interlinked-teaser': {
    removes: {
      html: '<p><em>Cycling in winter: <a href="https://news.example/2024/01/cycling-in-winter">what the new lanes will need</a></em></p>',
      probe: 'Cycling in winter: what the new lanes will need',
    },
    keeps: {
      html: '<p><em>The council published <a href="https://news.example/documents/plan">the full plan</a> on its website.</em></p>',
      probe: 'The council published the full plan',
    },
  },
  'teaser-list': {
    removes: {
      html: '<ul><li><strong>Traffic: </strong><a href="https://news.example/2024/02/bus-lanes-open">New bus lanes open on the ring road</a></li><li><a href="https://news.example/2024/01/winter-cycling">Why more people cycle through the winter</a></li></ul>',
      probe: 'New bus lanes open on the ring road',
    },
    keeps: {
      html: '<ul><li><a href="https://news.example/2024/02/bus-lanes-open">The new bus lanes</a> opened on the ring road in February.</li><li><a href="https://news.example/2024/01/winter-cycling">Winter cycling</a> has grown by a third since 2019.</li></ul>',
      probe: 'opened on the ring road in February',
    },
  },
  'closing-pointer': {
    removes: {
      html: '<p>How the first lanes were planned is told in our spring issue. <a href="https://shop.news.example/spring-issue">You can order the issue here.</a></p>',
      at: 'end',
      probe: 'How the first lanes were planned',
    },
    keeps: {
      html: '<p>The full plan lies open at the town hall, where residents can <a href="https://news.example/documents/plan">find out more</a> about each street.</p>',
      at: 'end',
      probe: 'The full plan lies open at the town hall',
    },
  },

  // The clean-up after extraction.
  'duplicate-caption': {
    removes: {
      html: '<figure><img src="https://news.example/lane.jpg" alt=""><figcaption>Cyclists on the new lane in the north</figcaption></figure><p>Cyclists on the new lane in the north</p>',
      probe: 'Cyclists on the new lane in the north',
      remains: 1,
    },
    keeps: {
      html: '<figure><img src="https://news.example/lane.jpg" alt=""><figcaption>Cyclists on the new lane</figcaption></figure><p>Cyclists on the new lane in the north use it every morning, the survey found.</p>',
      probe: 'use it every morning',
    },
  },
  'caption-credit': {
    removes: {
      html: '<figure><img src="https://news.example/lane.jpg" alt=""><figcaption>Cyclists on the new lane. Photo: Jane Roe</figcaption></figure>',
      probe: 'Photo: Jane Roe',
    },
    keeps: {
      html: '<figure><img src="https://news.example/lane.jpg" alt=""><figcaption>A photo: the new lane at dawn</figcaption></figure>',
      probe: 'A photo: the new lane at dawn',
    },
  },
  'repeated-block': {
    removes: {
      html: '<p>“We have waited twenty years for these lanes,” a resident said.</p><blockquote><p>“We have waited twenty years for these lanes,” a resident said.</p></blockquote>',
      probe: 'We have waited twenty years',
      remains: 1,
    },
    keeps: { html: '<p>Lanes open in May.</p><p>Lanes open in May.</p>', probe: 'Lanes open in May.', remains: 2 },
  },
  'byline-name': {
    removes: { html: `${EXAMPLE_AUTHOR}, Staff Writer`, at: 'end', probe: EXAMPLE_AUTHOR },
    keeps: { html: `${EXAMPLE_AUTHOR}, who rides to work every day, tested the first lane on Monday.`, at: 'start', probe: 'who rides to work' },
  },
  'author-bio': {
    removes: { html: `${EXAMPLE_AUTHOR} writes about transport and cities and lives in the north of Springfield.`, at: 'end', probe: 'writes about transport' },
    keeps: { html: `The council told ${EXAMPLE_AUTHOR} that work would start in March and end in the autumn.`, at: 'end', probe: 'The council told' },
  },
  'email-address': {
    removes: { html: 'Tips on the lanes can be sent to the newsroom at desk@news.example by Friday.', probe: 'desk@news.example' },
    keeps: { html: 'The council posts updates on the works as @springfieldcity on social networks.', probe: '@springfieldcity' },
  },
  'disguised-text': {
    // Cyrillic а, е, о, р, с, і, ѕ and у stand in for their Latin look-alikes.
    removes: { html: 'Рlасе уоur brаnd іn frоnt оf thоuѕаndѕ оf rеаdеrѕ еvеrу dау ~ аѕk uѕ fоr оur rаtеѕ tоdау!', at: 'end', probe: 'thоuѕаndѕ' },
    keeps: { html: 'Riders in the twin town shared photos of the lanes on Telegram-каналы and VK-группы all week.', probe: 'Telegram-каналы' },
  },
  'foreign-script': {
    removes: { html: '피터빈트', at: 'end' },
    keeps: { html: 'The Korean word for bicycle, 자전거, was painted on the lanes of the Korean district.', probe: '자전거' },
  },
};
