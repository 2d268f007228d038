<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>HourChart</name>
    <message>
        <source>%1 posts in the last %2 hours</source>
        <translation>Machapisho %1 katika saa %2 zilizopita</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sasa</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <source>starting…</source>
        <translation>inaanza…</translation>
    </message>
    <message>
        <source>live</source>
        <translation>moja kwa moja</translation>
    </message>
    <message>
        <source>polling every %1 s</source>
        <translation>inaangalia kila sekunde %1</translation>
    </message>
    <message>
        <source>waiting for the rate limit until %1</source>
        <translation>inasubiri kikomo cha maombi hadi %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>nje ya mtandao</translation>
    </message>
    <message>
        <source>login needed</source>
        <translation>inahitaji kuingia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>hitilafu</translation>
    </message>
    <message>
        <source>paused while the window is hidden</source>
        <translation>imesimama wakati dirisha limefichwa</translation>
    </message>
    <message>
        <source>off</source>
        <translation>imezimwa</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Mitandao yote</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Lugha zote</translation>
    </message>
    <message>
        <source>1 new post — show</source>
        <translation>Chapisho 1 jipya — onyesha</translation>
    </message>
    <message>
        <source>%1 new posts — show</source>
        <translation>Machapisho %1 mapya — onyesha</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Tahadhari ya maudhui: %1</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>hakuna maelezo</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Fungua chapisho asili</translation>
    </message>
    <message>
        <source>No sources are set up.</source>
        <translation>Hakuna vyanzo vilivyowekwa.</translation>
    </message>
    <message>
        <source>Offline since %1 — showing the last posts saved on this computer.</source>
        <translation>Nje ya mtandao tangu %1 — yanaonyeshwa machapisho ya mwisho yaliyohifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Offline — showing the posts saved on this computer.</source>
        <translation>Nje ya mtandao — yanaonyeshwa machapisho yaliyohifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Loading saved posts…</source>
        <translation>Inapakia machapisho yaliyohifadhiwa…</translation>
    </message>
    <message>
        <source>No post matches these filters.</source>
        <translation>Hakuna chapisho linalolingana na vichujio hivi.</translation>
    </message>
    <message>
        <source>No posts yet. New posts with the event's hashtag appear here.</source>
        <translation>Bado hakuna machapisho. Machapisho mapya yenye hashtag ya tukio yataonekana hapa.</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Bado hakuna mtu.</translation>
    </message>
</context>
<context>
    <name>LiveSettingsPage</name>
    <message>
        <source>Mastodon &amp;instances (one per line):</source>
        <translation>&amp;Seva za Mastodon (moja kwa kila mstari):</translation>
    </message>
    <message>
        <source>E&amp;xtra hashtags:</source>
        <translation>&amp;Hashtag za ziada:</translation>
    </message>
    <message>
        <source>Mute &amp;words (one per line):</source>
        <translation>Nyamazisha &amp;maneno (moja kwa kila mstari):</translation>
    </message>
    <message>
        <source>Mute &amp;accounts (one per line):</source>
        <translation>Nyamazisha &amp;akaunti (moja kwa kila mstari):</translation>
    </message>
    <message>
        <source>Read Bluesky</source>
        <translation>Soma Bluesky</translation>
    </message>
    <message>
        <source>Data saver: text only, load pictures on click</source>
        <translation>Okoa data: maandishi tu, picha hupakiwa ukibofya</translation>
    </message>
    <message>
        <source>Mastodon instances</source>
        <translation>Seva za Mastodon</translation>
    </message>
    <message>
        <source>Extra hashtags</source>
        <translation>Hashtag za ziada</translation>
    </message>
    <message>
        <source>Data saver</source>
        <translation>Okoa data</translation>
    </message>
    <message>
        <source>Muted words</source>
        <translation>Maneno yaliyonyamazishwa</translation>
    </message>
    <message>
        <source>Muted accounts</source>
        <translation>Akaunti zilizonyamazishwa</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Moja kwa moja</translation>
    </message>
    <message>
        <source>Not used (not a web address): %1</source>
        <translation>Haitumiki (si anwani ya wavuti): %1</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Search loaded posts</source>
        <translation>Tafuta katika machapisho yaliyopakiwa</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mtandao</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Media only</source>
        <translation>Picha na video tu</translation>
    </message>
    <message>
        <source>Show only posts with media</source>
        <translation>Onyesha machapisho yenye picha au video tu</translation>
    </message>
    <message>
        <source>Hide reposts</source>
        <translation>Ficha machapisho yaliyoshirikiwa upya</translation>
    </message>
    <message>
        <source>Show new posts</source>
        <translation>Onyesha machapisho mapya</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Machapisho</translation>
    </message>
    <message>
        <source>Selected post</source>
        <translation>Chapisho lililochaguliwa</translation>
    </message>
    <message>
        <source>Select a post to read it in full.</source>
        <translation>Chagua chapisho ulisome lote.</translation>
    </message>
    <message>
        <source>Share in a new post…</source>
        <translation>Shiriki katika chapisho jipya…</translation>
    </message>
    <message>
        <source>Share the selected post in a new post</source>
        <translation>Shiriki chapisho lililochaguliwa katika chapisho jipya</translation>
    </message>
    <message>
        <source>Posts per hour</source>
        <translation>Machapisho kwa saa</translation>
    </message>
    <message>
        <source>Top contributors</source>
        <translation>Wachangiaji wakuu</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Vyanzo</translation>
    </message>
    <message>
        <source>State of each source</source>
        <translation>Hali ya kila chanzo</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Hali ya muunganisho</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Image</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Uhuishaji</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Sauti</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Kiungo</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Kiambatisho</translation>
    </message>
    <message>
        <source>Reposted by @%1</source>
        <translation>Imeshirikiwa upya na @%1</translation>
    </message>
    <message>
        <source>Content warning: %1 (click to show)</source>
        <translation>Tahadhari ya maudhui: %1 (bofya kuonyesha)</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Tahadhari ya maudhui: %1</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>hakuna maelezo</translation>
    </message>
    <message>
        <source>%1 marked sensitive (click to show)</source>
        <translation>%1 imewekwa alama ya nyeti (bofya kuonyesha)</translation>
    </message>
    <message>
        <source>▸ %1: %2 (click to load the picture)</source>
        <translation>▸ %1: %2 (bofya kupakia picha)</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>imehaririwa</translation>
    </message>
</context>
</TS>
