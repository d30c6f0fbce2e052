-- The first two pages, seeded once. Text written for Beacon; the WHO definitions and the offence list follow
-- the public explanation by ICMEC Australia, the statistic is from the #ChildSafetyOn campaign.
INSERT INTO page (id, slug, title, summary, body, navigation_order, created_at, updated_at, version)
VALUES (1, 'home', 'Keeping children safe online',
'Beacon works with police, industry, researchers and families to stop the online sexual exploitation of children.',
'<p class="lead">Children are growing up online. So are the people who would harm them. Beacon brings together police, banks, technology companies, researchers and families to find, stop and prevent the online sexual exploitation of children.</p>
<h2>Understand what is happening</h2>
<p>Clear facts help parents, teachers and professionals recognise the warning signs and act. Start with <a href="/the-issue">the issue explained</a>: what the crimes are, how they happen, and how big the problem has become.</p>
<h2>Need to report abuse?</h2>
<p>Beacon does not take reports of abuse. If a child is in immediate danger, call 000. To report online child sexual exploitation, use the <a href="https://www.accce.gov.au/report">Australian Centre to Counter Child Exploitation (ACCCE) reporting form</a>.</p>',
0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

INSERT INTO page (id, slug, title, summary, body, navigation_order, created_at, updated_at, version)
VALUES (2, 'the-issue', 'The Issue',
'What child sexual exploitation and abuse are, the forms they take online, and how quickly the harm spreads.',
'<p class="lead fact">Every second, at least two images or videos of child sexual abuse are shared online.<span class="source"> Source: the #ChildSafetyOn campaign.</span></p>
<p>Technology has not created this crime, but it has made it faster, cheaper and easier to hide. Offenders reach children through the same phones, games and apps that children use every day, and abuse material, once shared, can circulate for years. Knowing what the crime looks like is the first step in stopping it.</p>
<h2 id="definitions">What the words mean</h2>
<p>We use the definitions of the World Health Organization (WHO).</p>
<dl class="definitions">
<dt>Child sexual exploitation (CSE)</dt>
<dd>Abusing, or trying to abuse, a child’s vulnerability, a difference in power, or a child’s trust for sexual purposes. This includes, but is not limited to, gaining money, social standing or political advantage from the sexual exploitation of a child.</dd>
<dt>Child sexual abuse (CSA)</dt>
<dd>Any sexual act, or threat of one, that is forced on a child or obtained through manipulation, and that violates the child’s body and dignity.</dd>
</dl>
<p>Online, both can happen without the offender and the child ever being in the same room: through explicit images, manipulative messages, or abuse streamed live to a paying audience.</p>
<h2 id="spectrum">The spectrum of abuse facilitated online</h2>
<p>Online child sexual exploitation and abuse covers a range of offences. Eight of them are:</p>
<dl class="offences">
<dt>AI-generated CSAM</dt>
<dd>Sexual abuse material made with artificial intelligence that appears to show real children, or is built from pictures, voices or other likenesses of real children.</dd>
<dt>Child sexual abuse material (CSAM)</dt>
<dd>Any image, video, recording or text that shows or describes the sexual abuse of a child; under Commonwealth law it is a crime to possess, produce, supply or obtain it.</dd>
<dt>Image-based abuse</dt>
<dd>Sharing someone’s intimate, nude or sexual images without their consent, or threatening to share them.</dd>
<dt>Live streaming of abuse</dt>
<dd>The sexual abuse of a child broadcast in real time to viewers online, who may request or pay for it.</dd>
<dt>Online grooming</dt>
<dd>An adult contacting a person under 16 online to build a relationship they mean to use for sexual abuse.</dd>
<dt>Self-generated CSAM</dt>
<dd>Sexual images or videos that a person under 18 takes of themselves, which remain child sexual abuse material once they exist.</dd>
<dt>Sextortion (sexual extortion)</dt>
<dd>Online blackmail: someone threatens to release sexual images of a person unless they give in to demands, often for money.</dd>
<dt>Travelling to offend</dt>
<dd>Planning or stating an intention to travel in order to sexually abuse a child, or arranging for a child to travel to the offender for that purpose.</dd>
</dl>
<h2 id="report">If you are worried about a child</h2>
<p>If a child is in immediate danger, call 000. Report online child sexual exploitation to the <a href="https://www.accce.gov.au/report">ACCCE</a>. Do not copy, save or forward abuse material, not even to report it: describe where you saw it instead.</p>
<p>For figures on online child sexual exploitation in Australia, see the ACCCE and the eSafety Commissioner.</p>',
10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
