<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_TZ">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/accounts/dialog_base.py" line="41"/>
        <source>Messages</source>
        <translation>Ujumbe</translation>
    </message>
</context>
<context>
    <name>AccountsWidget</name>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="98"/>
        <source>Accounts</source>
        <extracomment>replaced by tests; asks before removing</extracomment>
        <translation>Akaunti</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="101"/>
        <source>Connect the accounts you post from. Passwords and tokens stay in your computer&apos;s keyring; only names and server limits are saved by the app.</source>
        <translation>Unganisha akaunti unazotumia kuchapisha. Nywila na tokeni hubaki kwenye keyring ya kompyuta yako; programu huhifadhi majina na vikomo vya seva tu.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Network</source>
        <translation>Mtandao</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Server</source>
        <translation>Seva</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="108"/>
        <source>Connected accounts</source>
        <translation>Akaunti zilizounganishwa</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="109"/>
        <source>Account list columns</source>
        <translation>Safu za orodha ya akaunti</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="111"/>
        <source>No accounts yet. Add one with the buttons above.</source>
        <translation>Hakuna akaunti bado. Ongeza moja kwa vitufe vilivyo juu.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="113"/>
        <source>Loading accounts…</source>
        <translation>Inapakia akaunti…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="116"/>
        <source>Add &amp;Mastodon…</source>
        <translation>Ongeza &amp;Mastodon…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="116"/>
        <source>Add a Mastodon account</source>
        <translation>Ongeza akaunti ya Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="117"/>
        <source>Add &amp;Bluesky…</source>
        <translation>Ongeza &amp;Bluesky…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="117"/>
        <source>Add a Bluesky account</source>
        <translation>Ongeza akaunti ya Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="118"/>
        <source>Add &amp;X…</source>
        <translation>Ongeza &amp;X…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="118"/>
        <source>Add X API credentials</source>
        <translation>Ongeza vitambulisho vya API ya X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="119"/>
        <source>Log in &amp;again…</source>
        <translation>Ingia &amp;tena…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="119"/>
        <source>Log in again to this account</source>
        <translation>Ingia tena kwenye akaunti hii</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="120"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ondoa</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="120"/>
        <source>Remove this account</source>
        <translation>Ondoa akaunti hii</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="124"/>
        <source>Keep logins for this &amp;session only</source>
        <translation>Kumbuka kuingia kwa &amp;kipindi hiki tu</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="126"/>
        <source>Keep logins for this session only, without a keyring</source>
        <translation>Kumbuka kuingia kwa kipindi hiki tu, bila keyring</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="133"/>
        <source>Needs login again</source>
        <translation>Inahitaji kuingia tena</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="138"/>
        <location filename="../ui/accounts/accounts_widget.py" line="140"/>
        <source>Offline: posts wait</source>
        <translation>Nje ya mtandao: machapisho yanasubiri</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="141"/>
        <source>Connected</source>
        <translation>Imeunganishwa</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="158"/>
        <source>Logins are kept for this session only</source>
        <translation>Kuingia kunakumbukwa kwa kipindi hiki tu</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="161"/>
        <source>They are forgotten when the app closes. To keep them, install and unlock a keyring (for example GNOME Keyring or KWallet), then restart the app.</source>
        <translation>Kutasahaulika programu ikifungwa. Ili kukuhifadhi, sakinisha na ufungue keyring (kwa mfano GNOME Keyring au KWallet), kisha uanzishe programu upya.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="168"/>
        <source>No keyring to keep your logins safe</source>
        <translation>Hakuna keyring ya kulinda taarifa zako za kuingia</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="171"/>
        <source>The app keeps passwords and tokens only in the system keyring, never in a file. None is working on this computer. On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then restart the app. Or keep logins for this session only: you will log in again next time.</source>
        <translation>Programu huhifadhi nywila na tokeni kwenye keyring ya mfumo pekee, kamwe si kwenye faili. Hakuna keyring inayofanya kazi kwenye kompyuta hii. Kwenye Linux, sakinisha na ufungue GNOME Keyring au KWallet (kwa mfano: sudo apt install gnome-keyring), kisha uanzishe programu upya. Au kumbuka kuingia kwa kipindi hiki tu: utaingia tena wakati ujao.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="233"/>
        <source>Double-click to log in again</source>
        <translation>Bofya mara mbili ili kuingia tena</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="241"/>
        <source>%1 needs a login again: select it and choose “Log in again”. Posts waiting for it are kept.</source>
        <translation>%1 inahitaji kuingia tena: ichague kisha uchague “Ingia tena”. Machapisho yanayoisubiri yanahifadhiwa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accounts_widget.py" line="246"/>
        <source>%n accounts need a login again: select one and choose “Log in again”. Posts waiting for them are kept.</source>
        <translation>
            <numerusform>Akaunti %n inahitaji kuingia tena: ichague kisha uchague “Ingia tena”. Machapisho yanayoisubiri yanahifadhiwa.</numerusform>
            <numerusform>Akaunti %n zinahitaji kuingia tena: chagua moja kisha uchague “Ingia tena”. Machapisho yanayozisubiri yanahifadhiwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="307"/>
        <location filename="../ui/accounts/accounts_widget.py" line="315"/>
        <source>Saving the account…</source>
        <translation>Inahifadhi akaunti…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="322"/>
        <source>%1 is connected.</source>
        <translation>%1 imeunganishwa.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="381"/>
        <source>Remove %1? The login is ended on the server when the app can reach it, and its secrets are deleted from this computer. Queued posts for this account stay in the outbox.</source>
        <translation>Ondoa %1? Kuingia kutakomeshwa kwenye seva programu ikiweza kuifikia, na siri zake zitafutwa kwenye kompyuta hii. Machapisho ya akaunti hii yaliyo kwenye foleni yanabaki kwenye kikasha toezi.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="385"/>
        <source>Remove account</source>
        <translation>Ondoa akaunti</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="388"/>
        <source>Removing %1…</source>
        <translation>Inaondoa %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="400"/>
        <source>%1 was removed.</source>
        <translation>%1 imeondolewa.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="402"/>
        <source>The login was ended on the server.</source>
        <translation>Kuingia kumekomeshwa kwenye seva.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="404"/>
        <source>The server was not told; the login may still work there.</source>
        <translation>Seva haikujulishwa; huenda kuingia bado kunafanya kazi huko.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="136"/>
        <source>Posts through the X website</source>
        <translation>Huchapisha kupitia tovuti ya X</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../ui/areas.py" line="51"/>
        <source>Countdown</source>
        <extracomment>English title; translated with context &quot;Areas&quot; each time it is shown</extracomment>
        <translation>Kuhesabu muda</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="52"/>
        <source>The day&apos;s countdown and programme</source>
        <translation>Kuhesabu muda na ratiba ya siku</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="57"/>
        <source>Live</source>
        <translation>Mubashara</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="58"/>
        <source>Live #shareASM posts</source>
        <translation>Machapisho ya #shareASM mubashara</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="63"/>
        <source>Compose</source>
        <translation>Andika</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="64"/>
        <source>Write posts, also offline</source>
        <translation>Andika machapisho, hata nje ya mtandao</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="69"/>
        <source>Library</source>
        <translation>Maktaba</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="70"/>
        <source>Photobooks, publications and videos, offline</source>
        <translation>Vitabu vya picha, maandiko na video, nje ya mtandao</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="75"/>
        <source>Accounts</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="76"/>
        <source>Your Mastodon, Bluesky and X accounts</source>
        <translation>Akaunti zako za Mastodon, Bluesky na X</translation>
    </message>
</context>
<context>
    <name>AsyncArea</name>
    <message>
        <location filename="../ui/async_area.py" line="46"/>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <location filename="../ui/async_area.py" line="77"/>
        <source>This area could not be opened. The details are in the log.</source>
        <translation>Sehemu hii haikuweza kufunguliwa. Maelezo yako kwenye kumbukumbu (log).</translation>
    </message>
</context>
<context>
    <name>BlueskyDialog</name>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="43"/>
        <source>Add a Bluesky account</source>
        <translation>Ongeza akaunti ya Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="46"/>
        <source>Use an app password, never your main password. Create one in Bluesky under Settings → Privacy and security → App passwords; it looks like abcd-efgh-ijkl-mnop and you can revoke it at any time.</source>
        <translation>Tumia nywila ya programu (app password), kamwe si nywila yako kuu. Itengeneze kwenye Bluesky chini ya Settings → Privacy and security → App passwords; inaonekana kama abcd-efgh-ijkl-mnop na unaweza kuibatilisha wakati wowote.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="51"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Jina (handle):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="52"/>
        <source>Bluesky handle</source>
        <translation>Jina la Bluesky (handle)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="53"/>
        <source>&amp;App password:</source>
        <translation>&amp;Nywila ya programu:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="54"/>
        <source>App password</source>
        <translation>Nywila ya programu</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="55"/>
        <source>&amp;Server:</source>
        <translation>&amp;Seva:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="56"/>
        <source>Bluesky server to log in at</source>
        <translation>Seva ya Bluesky ya kuingia</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="57"/>
        <source>&amp;Log in</source>
        <translation>&amp;Ingia</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="73"/>
        <source>Logging in…</source>
        <translation>Inaingia…</translation>
    </message>
</context>
<context>
    <name>ComposeSettingsPage</name>
    <message>
        <location filename="../ui/compose/settings_page.py" line="38"/>
        <source>Same as the interface</source>
        <translation>Sawa na lugha ya programu</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="39"/>
        <source>Default language of new posts</source>
        <translation>Lugha chaguo-msingi ya machapisho mapya</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="40"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="41"/>
        <source>Save drafts at most this long after typing</source>
        <translation>Hifadhi rasimu si zaidi ya muda huu baada ya kuandika</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="42"/>
        <source>Default &amp;language of posts:</source>
        <translation>&amp;Lugha chaguo-msingi ya machapisho:</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="43"/>
        <source>&amp;Save drafts within:</source>
        <translation>&amp;Hifadhi rasimu ndani ya:</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="46"/>
        <source>Compose</source>
        <translation>Andika</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <location filename="../ui/compose/media_view.py" line="65"/>
        <source>Describe the picture (alt text) — required</source>
        <translation>Eleza picha (alt text) — lazima</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="68"/>
        <source>Picture description (alt text)</source>
        <translation>Maelezo ya picha (alt text)</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="70"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="71"/>
        <source>Remove picture</source>
        <translation>Ondoa picha</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="72"/>
        <source>Picture preview</source>
        <translation>Hakikisho la picha</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="176"/>
        <source>Write</source>
        <translation>Andika</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="177"/>
        <source>Outbox</source>
        <translation>Kikasha toezi</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="178"/>
        <location filename="../ui/compose/view.py" line="179"/>
        <source>Drafts</source>
        <translation>Rasimu</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="180"/>
        <source>New</source>
        <translation>Mpya</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="181"/>
        <source>New draft</source>
        <translation>Rasimu mpya</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="182"/>
        <source>Duplicate</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="183"/>
        <source>Duplicate draft</source>
        <translation>Nakili rasimu</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="184"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="185"/>
        <source>Delete draft</source>
        <translation>Futa rasimu</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="186"/>
        <location filename="../ui/compose/view.py" line="187"/>
        <source>Undo delete</source>
        <translation>Tendua kufuta</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="146"/>
        <source>Start from a template</source>
        <translation>Anza kwa kiolezo</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="148"/>
        <source>Insert a hashtag</source>
        <translation>Weka hashtag</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="151"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="153"/>
        <source>Language of the post</source>
        <translation>Lugha ya chapisho</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="156"/>
        <source>Content warning (optional)</source>
        <translation>Onyo la maudhui (si lazima)</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="158"/>
        <source>Content warning</source>
        <translation>Onyo la maudhui</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="160"/>
        <source>What is happening at the dialogue?</source>
        <translation>Nini kinaendelea kwenye mjadala?</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="162"/>
        <source>Post text</source>
        <translation>Maandishi ya chapisho</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="163"/>
        <source>Post to</source>
        <translation>Chapisha kwenye</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="165"/>
        <source>No accounts yet. Add one under Accounts; you can still write and save drafts.</source>
        <translation>Hakuna akaunti bado. Ongeza moja chini ya Akaunti; bado unaweza kuandika na kuhifadhi rasimu.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="170"/>
        <source>What will be posted</source>
        <translation>Kitakachochapishwa</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="171"/>
        <source>Thread</source>
        <translation>Mfululizo</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="173"/>
        <source>Too long for one post. Here it is as a thread: edit the parts freely; a line with --- separates them.</source>
        <translation>Ni refu mno kwa chapisho moja. Hapa limegawanywa kuwa mfululizo: hariri sehemu upendavyo; mstari wenye --- huzitenganisha.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="180"/>
        <source>Thread parts</source>
        <translation>Sehemu za mfululizo</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="183"/>
        <source>Bring back my edits to the thread</source>
        <translation>Rudisha marekebisho yangu ya mfululizo</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="185"/>
        <source>Pictures (up to 4)</source>
        <translation>Picha (hadi 4)</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="187"/>
        <source>Every picture needs a description (alt text) so people who cannot see it, or whose connection does not load it, know what it shows. Location and camera details are removed before upload.</source>
        <translation>Kila picha inahitaji maelezo (alt text) ili watu wasioweza kuiona, au ambao mtandao wao hauipakii, wajue inaonyesha nini. Taarifa za mahali na kamera huondolewa kabla ya kupakia.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="194"/>
        <source>Add picture…</source>
        <translation>Ongeza picha…</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="195"/>
        <source>Add picture</source>
        <translation>Ongeza picha</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="196"/>
        <source>Post at</source>
        <translation>Chapisha saa</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="198"/>
        <source>Post at a set time</source>
        <translation>Chapisha kwa wakati uliopangwa</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="200"/>
        <source>Time to post</source>
        <translation>Muda wa kuchapisha</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="188"/>
        <source>Open on X</source>
        <translation>Fungua kwenye X</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="190"/>
        <source>Open the post on X in the browser</source>
        <translation>Fungua chapisho kwenye X katika kivinjari</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="192"/>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="193"/>
        <source>Send to the outbox</source>
        <translation>Tuma kwenye kikasha toezi</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="195"/>
        <source>Put the post in the outbox; it goes out when online (Ctrl+Enter)</source>
        <translation>Weka chapisho kwenye kikasha toezi; litatumwa ukiwa mtandaoni (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="149"/>
        <source>&amp;Template:</source>
        <translation>&amp;Kiolezo:</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="150"/>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag:</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <location filename="../ui/compose/area.py" line="119"/>
        <location filename="../ui/compose/area.py" line="324"/>
        <source>Compose: send or queue the post</source>
        <extracomment>how long quitting waits for the last draft save (it lands later all the same: the database lane runs every write queued before the app ends) run the background sender (off in tests that must not touch the network)</extracomment>
        <translation>Andika: tuma chapisho au liweke kwenye foleni</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="100"/>
        <source>Templates…</source>
        <extracomment>a template&apos;s blank to fill in: {place}, {name}… how many pictures the draft has (they go with the first post)</extracomment>
        <translation>Violezo…</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="113"/>
        <source>Add hashtag…</source>
        <translation>Ongeza hashtag…</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="37"/>
        <source>draft</source>
        <translation>rasimu</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="38"/>
        <source>in the outbox</source>
        <translation>kwenye kikasha toezi</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="39"/>
        <source>sent</source>
        <translation>imetumwa</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="118"/>
        <source>(empty draft)</source>
        <extracomment>the Draft as saved (its new ``updated_at``; a new id when saved as a copy) drafts sent to the database this session (saved even when emptied again) the draft being queued by Send: its job saves it, an autosave must not (it would write the editor&apos;s copy, still a &quot;draft&quot;, over the queued one) a draft whose last write was a failed Send&apos;s (see release) drafts whose save failed after another draft was shown: saved again with the next save (a full disk, a locked database: nothing typed is lost) the wait before a failed save is tried again without a keystroke (ms)</extracomment>
        <translation>(rasimu tupu)</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="262"/>
        <source>Saved %1 as a new draft: this draft was also changed in another window.</source>
        <translation>Imehifadhiwa %1 kama rasimu mpya: rasimu hii ilibadilishwa pia kwenye dirisha jingine.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="113"/>
        <source>Picture %1 needs a description before posting.</source>
        <translation>Picha %1 inahitaji maelezo kabla ya kuchapisha.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="121"/>
        <source>A picture has no description (alt text).</source>
        <translation>Picha moja haina maelezo (alt text).</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="240"/>
        <location filename="../ui/compose/sending.py" line="72"/>
        <source>Choose where to post.</source>
        <translation>Chagua mahali pa kuchapisha.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="118"/>
        <source>#%1 is added on its own line at the end; the preview shows the exact post.</source>
        <translation>#%1 huongezwa kwenye mstari wake mwishoni; onyesho linaonyesha chapisho halisi.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="215"/>
        <source>As soon as there is a connection.</source>
        <translation>Mara tu kutakapokuwa na mtandao.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="221"/>
        <source>%1 here · %2 UTC (event time).</source>
        <translation>%1 hapa · %2 UTC (saa za tukio).</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="227"/>
        <source>Bluesky/X posts need the app running and online at that time.</source>
        <translation>Machapisho ya Bluesky/X yanahitaji programu iwe wazi na mtandaoni wakati huo.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="231"/>
        <source>Mastodon gets it ahead of time when online.</source>
        <translation>Mastodon hulipokea mapema ukiwa mtandaoni.</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="267"/>
        <source>Saved %1</source>
        <translation>Imehifadhiwa %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="258"/>
        <source>Not saved: %1</source>
        <translation>Haijahifadhiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="41"/>
        <source>The file %1 cannot be read.</source>
        <translation>Faili %1 haiwezi kusomwa.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="50"/>
        <source>%1 is over 60 MB: choose a smaller copy of the picture.</source>
        <translation>%1 ni zaidi ya MB 60: chagua nakala ndogo ya picha.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="60"/>
        <source>%1 is not a picture the app can read (JPEG, PNG or WebP).</source>
        <translation>%1 si picha ambayo programu inaweza kusoma (JPEG, PNG au WebP).</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="89"/>
        <source>Add picture</source>
        <extracomment>counts the drafts shown: a picture checked for an earlier one is not added to the one shown now</extracomment>
        <translation>Ongeza picha</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="91"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Picha (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="135"/>
        <location filename="../ui/compose/media.py" line="144"/>
        <location filename="../ui/compose/media.py" line="158"/>
        <source>At most 4 pictures per post.</source>
        <translation>Picha zisizozidi 4 kwa kila chapisho.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="63"/>
        <source>Replace %1 in the text before sending (a blank from the template).</source>
        <extracomment>the draft being put in the outbox (&quot;&quot; when none): one Send at a time</extracomment>
        <translation>Badilisha %1 katika maandishi kabla ya kutuma (nafasi tupu ya kiolezo).</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="68"/>
        <source>Write something first: the post is empty.</source>
        <translation>Andika kitu kwanza: chapisho ni tupu.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="85"/>
        <source>Part %1 is too long for %2 (%3 / %4): shorten it in the thread before sending.</source>
        <translation>Sehemu %1 ni ndefu mno kwa %2 (%3 / %4): ifupishe kwenye mfululizo kabla ya kutuma.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="145"/>
        <source>Too long for one post on X (%1 / %2).</source>
        <translation>Ni ndefu mno kwa chapisho moja kwenye X (%1 / %2).</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="151"/>
        <source>Press Send: the outbox gives a link for each part.</source>
        <translation>Bonyeza Tuma: kikasha toezi kinatoa kiungo kwa kila sehemu.</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <location filename="../core/connectivity.py" line="97"/>
        <source>not a check address: %1</source>
        <extracomment>the default check: Mozilla&apos;s captive-portal detection address and its answer read at most this much of the answer (a portal&apos;s login page can be large) the network answers, but with its own page: the user must sign in first the page to open to sign in (PORTAL only) what was seen, in English, for the log the same for the tooltip: a ``QT_TRANSLATE_NOOP(&quot;Connectivity&quot;, …)`` text whose %1 is ``detail_arg`` (a host, a status code), translated where it is shown</extracomment>
        <translation>si anwani ya ukaguzi: %1</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="106"/>
        <source>name lookup failed for %1</source>
        <translation>kutafuta jina la %1 kumeshindwa</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="128"/>
        <source>certificate not accepted</source>
        <translation>cheti hakikukubaliwa</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="134"/>
        <source>%1 could not be reached</source>
        <translation>%1 haikuweza kufikiwa</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="141"/>
        <source>redirected (HTTP %1)</source>
        <translation>imeelekezwa kwingine (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="148"/>
        <source>sign-in required (HTTP %1)</source>
        <translation>unahitaji kuingia kwanza (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="155"/>
        <location filename="../core/connectivity.py" line="157"/>
        <source>expected answer</source>
        <translation>jibu lililotarajiwa</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="162"/>
        <source>unexpected page (HTTP %1)</source>
        <translation>ukurasa usiotarajiwa (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="168"/>
        <source>unexpected answer (HTTP %1)</source>
        <translation>jibu lisilotarajiwa (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../ui/countdown/area.py" line="140"/>
        <source>Event file problem</source>
        <extracomment>how wrong this computer&apos;s clock is known to be (None: not looked yet) the system zone&apos;s name ``_zone`` was resolved with (it can change: see ``_current_zone``), and the zone the texts shown were made in</extracomment>
        <translation>Tatizo la faili la tukio</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="32"/>
        <source>Event</source>
        <extracomment>(zone name, &quot;now&quot; label, &quot;starts&quot; label) of each field-site row</extracomment>
        <translation>Tukio</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="33"/>
        <source>Add to calendar…</source>
        <translation>Ongeza kwenye kalenda…</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="35"/>
        <source>Export the day and starred sessions to a calendar file</source>
        <translation>Hamisha siku na vipindi ulivyowekea nyota kwenye faili la kalenda</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="39"/>
        <source>Open event file…</source>
        <translation>Fungua faili la tukio…</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="41"/>
        <source>Open a newer event file from this computer</source>
        <translation>Fungua faili jipya la tukio kutoka kwenye kompyuta hii</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="43"/>
        <source>Check for updates</source>
        <translation>Angalia masasisho</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="45"/>
        <source>Fetch the latest event details</source>
        <translation>Pata taarifa mpya za tukio</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="47"/>
        <source>Write a post</source>
        <translation>Andika chapisho</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="49"/>
        <source>Start a post with the event hashtag</source>
        <translation>Anza chapisho lenye hashtag ya tukio</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="51"/>
        <source>Remind me at the start</source>
        <translation>Nikumbushe mwanzoni</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="53"/>
        <source>Remind me when the day starts</source>
        <translation>Nikumbushe siku ikianza</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="55"/>
        <source>Show event time</source>
        <translation>Onyesha saa za tukio</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="57"/>
        <source>Show programme times in the event&apos;s time zone</source>
        <translation>Onyesha muda wa ratiba kwa saa za eneo la tukio</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="59"/>
        <location filename="../ui/countdown/about.py" line="82"/>
        <source>Programme</source>
        <translation>Ratiba</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="76"/>
        <source>Time</source>
        <translation>Saa</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="77"/>
        <source>Session</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="78"/>
        <source>Where</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="79"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="60"/>
        <source>Field sites</source>
        <translation>Maeneo ya kazi</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="61"/>
        <source>Time remaining</source>
        <translation>Muda uliobaki</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="93"/>
        <source>Now or next</source>
        <translation>Sasa au kinachofuata</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="171"/>
        <source>same day, from %1 local</source>
        <translation>siku hiyo hiyo, kuanzia %1 saa za huko</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="173"/>
        <source>same day, starts %1 local</source>
        <translation>siku hiyo hiyo, inaanza %1 saa za huko</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="177"/>
        <source>from %1, %2 local</source>
        <translation>kuanzia %1, %2 saa za huko</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="179"/>
        <source>starts %1, %2 local</source>
        <translation>inaanza %1, %2 saa za huko</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="195"/>
        <source>%1 to %2</source>
        <translation>%1 hadi %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="200"/>
        <source>at the end of %1 (%2)</source>
        <translation>mwisho wa %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="202"/>
        <source>%1, all day (%2)</source>
        <translation>%1, siku nzima (%2)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="203"/>
        <source>Sample programme for demonstrations: these sessions are not real.</source>
        <translation>Ratiba ya mfano kwa maonyesho: vipindi hivi si halisi.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="51"/>
        <source>Ends (event time): %1</source>
        <translation>Inaisha (saa za tukio): %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="52"/>
        <source>Ends (your time): %1</source>
        <translation>Inaisha (saa zako): %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="54"/>
        <source>Starts (event time): %1</source>
        <translation>Inaanza (saa za tukio): %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="55"/>
        <source>Starts (your time): %1</source>
        <translation>Inaanza (saa zako): %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="216"/>
        <source>No timed sessions have been announced for this day.</source>
        <translation>Hakuna vipindi vyenye muda vilivyotangazwa kwa siku hii.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="100"/>
        <source>About the day</source>
        <translation>Kuhusu siku hii</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="112"/>
        <source>Organiser:</source>
        <translation>Mratibu:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="117"/>
        <source>Past editions:</source>
        <translation>Matoleo yaliyopita:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="126"/>
        <source>Event details shipped with the app.</source>
        <translation>Taarifa za tukio zilizokuja na programu.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="128"/>
        <source>Event details from %1, updated %2.</source>
        <translation>Taarifa za tukio kutoka %1, zimesasishwa %2.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="24"/>
        <source>Starts in</source>
        <translation>Inaanza baada ya</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="26"/>
        <source>Live now: %1 — ends in</source>
        <translation>Mubashara sasa: %1 — kinaisha baada ya</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="29"/>
        <source>Next: %1 — starts in</source>
        <translation>Kinachofuata: %1 — kinaanza baada ya</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="32"/>
        <source>Live now — time left today</source>
        <translation>Mubashara sasa — muda uliobaki leo</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="33"/>
        <source>This edition has ended</source>
        <translation>Toleo hili limekwisha</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="36"/>
        <source>Next: %1</source>
        <translation>Kinachofuata: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="37"/>
        <source>Thank you for taking part</source>
        <translation>Asante kwa kushiriki</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="282"/>
        <source>now %1 %2</source>
        <translation>sasa %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="218"/>
        <source>On now: %1</source>
        <translation>Kinaendelea sasa: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="223"/>
        <source>Next: %1 at %2</source>
        <translation>Kinachofuata: %1 saa %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="230"/>
        <source>Next edition starts %1.</source>
        <translation>Toleo lijalo linaanza %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="251"/>
        <source>More about the day: %1</source>
        <translation>Zaidi kuhusu siku hii: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="149"/>
        <source>Missed reminder: %1</source>
        <extracomment>look at the clock at least this often (a resumed laptop, a clock change): a reminder is at most this late after either reminders that came due before this are missed because the app was closed when the next reminder comes due, as of the last check (None: none)</extracomment>
        <translation>Kumbusho ulilokosa: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="153"/>
        <source>It started at %1 (the app was closed).</source>
        <translation>Kilianza saa %1 (programu ilikuwa imefungwa).</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="157"/>
        <source>It started at %1.</source>
        <translation>Kilianza saa %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="161"/>
        <location filename="../ui/countdown/stars.py" line="168"/>
        <source>It starts at %1.</source>
        <translation>Kinaanza saa %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="165"/>
        <source>Starting soon: %1</source>
        <translation>Kinaanza hivi punde: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="378"/>
        <source>Add to calendar</source>
        <translation>Ongeza kwenye kalenda</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="380"/>
        <source>Calendar files (*.ics)</source>
        <translation>Faili za kalenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="389"/>
        <source>Open event file</source>
        <translation>Fungua faili la tukio</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="391"/>
        <source>Event files (*.json)</source>
        <translation>Faili za tukio (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/event_files.py" line="102"/>
        <source>Calendar file saved</source>
        <extracomment>look for a newer event file this often while the app runs the address in the settings; also read on the database lane (it reads the settings in use, which are swapped there) a fetch runs (from the download to the install) a fetch was asked for while one ran: run one more after it why the last check for a newer file failed, or &quot;&quot;</extracomment>
        <translation>Faili la kalenda limehifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/countdown/event_files.py" line="149"/>
        <source>Could not check for a newer event file: %1</source>
        <translation>Imeshindwa kuangalia faili jipya la tukio: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="76"/>
        <source>%1 (changed)</source>
        <extracomment>amber that reads on light and dark backgrounds</extracomment>
        <translation>%1 (imebadilika)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="90"/>
        <source>Remind me</source>
        <translation>Nikumbushe</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="130"/>
        <source>now</source>
        <translation>sasa</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="132"/>
        <source>next</source>
        <translation>kifuatacho</translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="40"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="52"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>siku %Ln</numerusform>
            <numerusform>siku %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="62"/>
        <location filename="../ui/countdown/area.py" line="183"/>
        <source>Say time left</source>
        <translation>Sema muda uliobaki</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="64"/>
        <source>Have the screen reader say the time left</source>
        <translation>Kisoma skrini kiseme muda uliobaki</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="87"/>
        <location filename="../ui/countdown/about.py" line="89"/>
        <source>Starred</source>
        <translation>Zilizowekewa nyota</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="55"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>saa %Ln</numerusform>
            <numerusform>saa %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="58"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>dakika %Ln</numerusform>
            <numerusform>dakika %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="131"/>
        <source>less than a minute</source>
        <translation>chini ya dakika moja</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="61"/>
        <source>%Ln h</source>
        <translation>
            <numerusform>saa %Ln</numerusform>
            <numerusform>saa %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="64"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>dakika %Ln</numerusform>
            <numerusform>dakika %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="105"/>
        <source>This computer&apos;s clock is %1 behind; times shown are corrected</source>
        <translation>Saa ya kompyuta hii iko nyuma kwa %1; nyakati zinazoonyeshwa zimesahihishwa</translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="109"/>
        <source>This computer&apos;s clock is %1 ahead; times shown are corrected</source>
        <translation>Saa ya kompyuta hii iko mbele kwa %1; nyakati zinazoonyeshwa zimesahihishwa</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../core/errors.py" line="88"/>
        <source>The app will try again when the connection comes back.</source>
        <extracomment>a short hint about what the user can do next, or &quot;&quot; (a translatable template).</extracomment>
        <translation>Programu itajaribu tena mtandao ukirudi.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="94"/>
        <source>Open Accounts and log in again. Nothing queued is lost.</source>
        <translation>Fungua Akaunti na uingie tena. Hakuna kilicho kwenye foleni kitakachopotea.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="105"/>
        <source>The app waits and tries again by itself.</source>
        <translation>Programu inasubiri na kujaribu tena yenyewe.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="133"/>
        <source>Free some disk space or check the data folder, then try again.</source>
        <translation>Ongeza nafasi kwenye diski au angalia folda ya data, kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="143"/>
        <source>shareASM Companion is already running, but its window did not come up (it may still be closing). Try again in a moment.</source>
        <translation>shareASM Companion tayari inaendeshwa, lakini dirisha lake halikufunguka (huenda bado inafungwa). Jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="326"/>
        <source>A secure connection to %1 could not be made (certificate problem).</source>
        <extracomment>(connect, read) seconds; slow field links get a generous read timeout differences between this computer&apos;s clock and a server&apos;s below this are noise a reply that took longer than this says too little about the server&apos;s clock the random share of each delay (0: none, 1: anywhere from zero to the ceiling) learns this computer&apos;s clock error from each trusted reply&apos;s ``Date`` bytes received in bodies and requests sent, for the data-use counters</extracomment>
        <translation>Muunganisho salama na %1 haukuweza kufanyika (tatizo la cheti).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="329"/>
        <source>Check the computer&apos;s date and time, and the network you are on.</source>
        <translation>Angalia tarehe na saa ya kompyuta, na mtandao unaotumia.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="336"/>
        <source>%1 could not be reached.</source>
        <translation>%1 haikuweza kufikiwa.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="341"/>
        <location filename="../ui/live/controller.py" line="324"/>
        <source>The request to %1 failed: %2</source>
        <extracomment>a stream that failed this many times in a row is left alone for a while where pictures of posts are cached the hashtags to follow (the event&apos;s and the settings&apos;) the configured sources, as (kind, address) the event&apos;s time zone (reads the event file: call it on a worker) when each source last answered (saved across runs) the source, when its poll began, and what came of it which stream ``stream`` is: callbacks from any other (one stopped and replaced, whose last words arrive late) are ignored keys of the sources being polled (one poll per source at a time) notices the clock being set back, which moves the streams&apos; rests back as much the last request for the sources: an older one&apos;s answer is stale per source: when it last answered (saved across runs), and when it first failed since (for one never heard from): &quot;unreachable since …&quot;</extracomment>
        <translation>Ombi kwa %1 limeshindikana: %2</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="472"/>
        <source>%1: the server asked for a login (401).</source>
        <translation>%1: seva imeomba kuingia (401).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="479"/>
        <source>%1: too many requests; waiting until %2 UTC.</source>
        <translation>%1: maombi mengi mno; inasubiri hadi %2 UTC.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="484"/>
        <source>%1: too many requests; waiting a while.</source>
        <translation>%1: maombi mengi mno; inasubiri kwa muda.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="490"/>
        <source>%1: the server answered %2 (%3).</source>
        <translation>%1: seva ilijibu %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="495"/>
        <source>%1: the server answered %2.</source>
        <translation>%1: seva ilijibu %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="44"/>
        <source>%1: this Bluesky account is deactivated.</source>
        <extracomment>errors meaning &quot;this session is over: log in again&quot; errors meaning &quot;the account itself cannot act&quot;: no new login helps (the PDS&apos;s auth verifier: AuthRequiredError &apos;AccountDeactivated&apos; / &apos;AccountTakedown&apos;)</extracomment>
        <translation>%1: akaunti hii ya Bluesky imezimwa.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="45"/>
        <source>Reactivate it by logging in with the Bluesky app, then log in again in Accounts. Its queued posts wait and are not lost.</source>
        <translation>Iwashe tena kwa kuingia kupitia programu ya Bluesky, kisha ingia tena kwenye Akaunti. Machapisho yake yaliyo foleni yanasubiri na hayapotei.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="54"/>
        <source>%1: Bluesky has suspended or taken down this account.</source>
        <translation>%1: Bluesky imesimamisha au kuondoa akaunti hii.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="57"/>
        <source>Logging in again does not help: Bluesky&apos;s moderation (the appeal form in the Bluesky app) can say why. Its queued posts wait and are not lost.</source>
        <translation>Kuingia tena hakusaidii: udhibiti wa Bluesky (fomu ya rufaa kwenye programu ya Bluesky) unaweza kueleza sababu. Machapisho yake yaliyo foleni yanasubiri na hayapotei.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="86"/>
        <source>That does not look like a Bluesky app password (four groups of four letters or digits, like abcd-efgh-ijkl-mnop).</source>
        <translation>Hii haionekani kama nywila ya programu (app password) ya Bluesky (makundi manne ya herufi au tarakimu nne, kama abcd-efgh-ijkl-mnop).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="91"/>
        <source>Create one in Bluesky under Settings → Privacy and security → App passwords. Never give the app your main password.</source>
        <translation>Itengeneze kwenye Bluesky chini ya Settings → Privacy and security → App passwords. Kamwe usiipe programu nywila yako kuu.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="104"/>
        <source>Enter your Bluesky handle, e.g. name.bsky.social.</source>
        <translation>Weka jina lako la Bluesky (handle), k.m. jina.bsky.social.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="168"/>
        <source>%1: the server&apos;s answer had no session.</source>
        <extracomment>&quot;deactivated&quot; / &quot;takendown&quot; when the server said ``active: false``, else &quot;&quot;</extracomment>
        <translation>%1: jibu la seva halikuwa na kipindi (session).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="193"/>
        <source>Bluesky asked for an email code: that happens with the main password.</source>
        <translation>Bluesky imeomba msimbo wa barua pepe: hilo hutokea ukitumia nywila kuu.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="197"/>
        <source>Use an app password instead (Settings → Privacy and security → App passwords).</source>
        <translation>Tumia nywila ya programu badala yake (Settings → Privacy and security → App passwords).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="206"/>
        <source>%1 did not accept this handle and app password.</source>
        <translation>%1 haikukubali jina hili (handle) na nywila hii ya programu.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="207"/>
        <source>Check the handle, and create a new app password if in doubt.</source>
        <translation>Kagua jina (handle), na utengeneze nywila mpya ya programu ukiwa na shaka.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="246"/>
        <source>%1: the Bluesky session has ended (%2).</source>
        <translation>%1: kipindi (session) cha Bluesky kimekwisha (%2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="250"/>
        <source>%1: the session could not be renewed (%2).</source>
        <translation>%1: kipindi (session) hakikuweza kufanywa upya (%2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/session.py" line="212"/>
        <source>%1: the login is only sent to its own server, %2.</source>
        <extracomment>why the last refresh could not renew the login, and the refresh token it spent (the answer holds while that token is the one stored: until a new login) how many refreshSession calls were made (diagnostics and tests) per account: the refresh in flight or just finished</extracomment>
        <translation>%1: kuingia kunatumwa kwa seva yake tu, %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/session.py" line="230"/>
        <source>%1: the login has expired.</source>
        <translation>%1: muda wa kuingia umekwisha.</translation>
    </message>
    <message>
        <location filename="../core/live/feed.py" line="87"/>
        <source>stopped before reaching %1 (paging limit).</source>
        <extracomment>(source label, problem) for each source that failed (source label, note) for sources that answered but not in full (paging stopped before ``since``)</extracomment>
        <translation>ilisimama kabla ya kufika %1 (kikomo cha kurasa).</translation>
    </message>
    <message>
        <location filename="../core/live/feed.py" line="91"/>
        <source>stopped at the paging limit after %1 requests: posts between %2 and %3 were not read.</source>
        <translation>ilisimama kwenye kikomo cha kurasa baada ya maombi %1: machapisho kati ya %2 na %3 hayakusomwa.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="62"/>
        <source>Install it only if you know this key belongs to the publisher: compare the fingerprint with the one they gave you.</source>
        <extracomment>the environment variable scripts use to give a key file&apos;s passphrase The public half of the SAMPLE key that signs the bundled sample pack. Its private half is in ``scripts/sample-signing-key.json`` and is NOT secret: anyone can sign with it. So it is trusted only for the sample pack bundled with the app, never for a pack from a server, a USB stick or a peer.</extracomment>
        <translation>Kisakinishe tu ikiwa unajua ufunguo huu ni wa mchapishaji: linganisha alama ya kidole na ile aliyokupa.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="398"/>
        <source>This pack is not signed, but the version installed is signed by its publisher (fingerprint %1): an unsigned copy never replaces it. Refused.</source>
        <translation>Kifurushi hiki hakijatiwa sahihi, lakini toleo lililosakinishwa limetiwa sahihi na mchapishaji wake (alama ya kidole %1): nakala isiyotiwa sahihi haichukui nafasi yake kamwe. Kimekataliwa.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="408"/>
        <source>This pack is not signed by its publisher, so it is not accepted from another laptop.</source>
        <translation>Kifurushi hiki hakijatiwa sahihi na mchapishaji wake, kwa hiyo hakipokelewi kutoka kompyuta nyingine.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="419"/>
        <source>This pack is signed with the SAMPLE key (fingerprint %1), whose private half is public: anyone can sign with it.</source>
        <translation>Kifurushi hiki kimetiwa sahihi kwa ufunguo wa MFANO (alama ya kidole %1), ambao sehemu yake ya siri iko wazi: mtu yeyote anaweza kuutumia.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="429"/>
        <source>This pack is signed by a key this computer does not trust: fingerprint %1 (claims to be %2).</source>
        <translation>Kifurushi hiki kimetiwa sahihi kwa ufunguo ambao kompyuta hii haiuamini: alama ya kidole %1 (inadai kuwa %2).</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="37"/>
        <source>picture processing</source>
        <translation>kushughulikia picha</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="38"/>
        <source>account lookup</source>
        <translation>kutafuta akaunti</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="39"/>
        <source>recent posts</source>
        <translation>machapisho ya karibuni</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="40"/>
        <source>scheduled posts</source>
        <translation>machapisho yaliyopangiwa muda</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="127"/>
        <source>%1: the server is still processing a picture.</source>
        <extracomment>Mastodon remembers an Idempotency-Key for one hour</extracomment>
        <translation>%1: seva bado inashughulikia picha.</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="312"/>
        <source>%1: a picture is still being processed.</source>
        <translation>%1: picha bado inashughulikiwa.</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="320"/>
        <source>%1: the server says the post is too long (%2).</source>
        <translation>%1: seva inasema chapisho ni refu mno (%2).</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="330"/>
        <source>%1: the server would not schedule this post (%2); the app will post it at its time.</source>
        <translation>%1: seva haikukubali kupanga muda wa chapisho hili (%2); programu italichapisha wakati wake ukifika.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="152"/>
        <source>This account was removed from the app.</source>
        <extracomment>Mastodon takes scheduled statuses at least 5 minutes ahead how far this computer&apos;s clock is ahead of the servers&apos; when known to be wrong (``Clock.wrong_by``): a post&apos;s time is the real time the person asked for, as on a server that schedules it, so it is compared with corrected time account id -&gt; the stop flag of the ``run_account`` working on it</extracomment>
        <translation>Akaunti hii iliondolewa kwenye programu.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="249"/>
        <source>Unexpected problem: %1</source>
        <translation>Tatizo lisilotarajiwa: %1</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="261"/>
        <source>Published early: %1 does not schedule posts, so it published this at once instead of at %2 UTC.</source>
        <translation>Imechapishwa mapema: %1 haipangi machapisho, kwa hiyo imelichapisha mara moja badala ya saa %2 UTC.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender_length.py" line="109"/>
        <source>Needs editing: part %1 of %2 is too long for %3. Already posted: %4. Shorten it, or press Retry to split it again.</source>
        <translation>Inahitaji kuhaririwa: sehemu %1 kati ya %2 ni ndefu mno kwa %3. Tayari imechapishwa: %4. Ifupishe, au bonyeza Jaribu tena ili kuigawanya upya.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender_length.py" line="118"/>
        <source>Needs editing: part %1 of %2 is too long for %3. Nothing was posted. Shorten it, or press Retry to split it again.</source>
        <translation>Inahitaji kuhaririwa: sehemu %1 kati ya %2 ni ndefu mno kwa %3. Hakuna kilichochapishwa. Ifupishe, au bonyeza Jaribu tena ili kuigawanya upya.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="124"/>
        <source>Unknown time zone in the event file: %1 (use an IANA name such as Africa/Nairobi).</source>
        <translation>Saa za eneo zisizojulikana katika faili ya tukio: %1 (tumia jina la IANA kama Africa/Nairobi).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="266"/>
        <source>The event file is invalid at %1: it contains a control character (%2); only descriptions, notes and templates may have line breaks.</source>
        <extracomment>texts that may run over several lines (tabs and line breaks allowed)</extracomment>
        <translation>Faili ya tukio si halali kwenye %1: ina herufi ya udhibiti (%2); maelezo, madokezo na violezo pekee ndivyo vinaweza kuwa na mistari mipya.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="71"/>
        <source>%1 contains a number with %2 digits; at most %3 are accepted.</source>
        <extracomment>the longest integer accepted, in digits: 64-bit values have at most 20 the largest reply body :func:`response_json` accepts a quick test for a ````–```` escape; only then are strings walked</extracomment>
        <translation>%1 ina namba yenye tarakimu %2; zisizozidi %3 zinakubaliwa.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="84"/>
        <source>%1 contains a number too large to use: %2.</source>
        <translation>%1 ina namba kubwa mno kutumika: %2.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="90"/>
        <source>%1 contains %2, which is not a JSON value.</source>
        <translation>%1 ina %2, ambayo si thamani ya JSON.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="51"/>
        <location filename="../core/jsonsafe.py" line="102"/>
        <source>%1 is too large (%2 KB; at most %3 KB is accepted).</source>
        <translation>%1 ni kubwa mno (KB %2; zisizozidi KB %3 zinakubaliwa).</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="110"/>
        <source>%1 is not UTF-8 text (at byte %2).</source>
        <translation>%1 si maandishi ya UTF-8 (kwenye baiti %2).</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="126"/>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 si JSON halali (mstari %2, safu %3: %4).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="74"/>
        <location filename="../core/jsonsafe.py" line="131"/>
        <source>%1 is not valid JSON: it is nested too deeply.</source>
        <translation>%1 si JSON halali: imefungamana kwa kina mno.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="136"/>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 si JSON halali (%2).</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="169"/>
        <source>%1 contains text that is not valid Unicode (%2).</source>
        <translation>%1 ina maandishi ambayo si Unicode halali (%2).</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="76"/>
        <source>The pack address %1 is not a web address (it must start with https://).</source>
        <translation>Anwani ya kifurushi %1 si anwani ya wavuti (lazima ianze na https://).</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="92"/>
        <source>The pack address %1 is not secure: use https:// (plain http:// is only accepted on this computer or the local network).</source>
        <translation>Anwani ya kifurushi %1 si salama: tumia https:// (http:// peke yake inakubaliwa tu kwenye kompyuta hii au mtandao wa ndani).</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="147"/>
        <source>%1: the server sent the app on to another server (%2); for safety it was not followed.</source>
        <translation>%1: seva ilipeleka programu kwa seva nyingine (%2); kwa usalama haikufuatwa.</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="153"/>
        <source>On hotel or venue Wi-Fi, open any web page to log in first, then try again. Otherwise check the pack address.</source>
        <translation>Kwenye Wi-Fi ya hoteli au ukumbi, fungua ukurasa wowote wa wavuti kuingia kwanza, kisha jaribu tena. La sivyo, kagua anwani ya kifurushi.</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="162"/>
        <source>%1: the server redirected too many times.</source>
        <translation>%1: seva ilielekeza upya mara nyingi mno.</translation>
    </message>
    <message>
        <location filename="../core/userfile.py" line="44"/>
        <location filename="../core/userfile.py" line="52"/>
        <source>%1 is a folder, not a file.</source>
        <extracomment>never block on a FIFO or device while opening (POSIX); Windows has no such files</extracomment>
        <translation>%1 ni folda, si faili.</translation>
    </message>
    <message>
        <location filename="../core/userfile.py" line="54"/>
        <source>%1 is not an ordinary file (a device, pipe or socket).</source>
        <translation>%1 si faili la kawaida (ni kifaa, bomba au soketi).</translation>
    </message>
    <message>
        <location filename="../core/userfile.py" line="85"/>
        <source>%1 is too large (more than %2).</source>
        <translation>%1 ni kubwa mno (zaidi ya %2).</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="59"/>
        <source>The app&apos;s database %1 is damaged and could not be moved aside (%2). Close other programs using it and try again.</source>
        <translation>Hifadhidata ya programu %1 imeharibika na haikuweza kuwekwa kando (%2). Funga programu nyingine zinazoitumia kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="86"/>
        <source>The app&apos;s database %1 is in use by another program (another copy of the app, a backup or antivirus program). Close it and try again; nothing was changed.</source>
        <translation>Hifadhidata ya programu %1 inatumiwa na programu nyingine (nakala nyingine ya programu hii, programu ya kuhifadhi nakala au ya kuzuia virusi). Ifunge kisha ujaribu tena; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="92"/>
        <source>Could not open the app&apos;s database %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Haikuweza kufungua hifadhidata ya programu %1: diski imejaa. Futa vitu ili kupata nafasi kisha ujaribu tena; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="104"/>
        <source>Could not open the app&apos;s database %1: the folder is read-only. Check the data folder and try again; nothing was changed.</source>
        <translation>Haikuweza kufungua hifadhidata ya programu %1: folda ni ya kusoma tu. Kagua folda ya data kisha ujaribu tena; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="112"/>
        <source>Could not open the app&apos;s database %1 (%2); nothing was changed.</source>
        <translation>Haikuweza kufungua hifadhidata ya programu %1 (%2); hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="92"/>
        <source>The report can be written as .pdf, .html or .csv, not %1.</source>
        <translation>Ripoti inaweza kuandikwa kama .pdf, .html au .csv, si %1.</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="292"/>
        <source>The report&apos;s end (%1) is not after its start (%2).</source>
        <translation>Mwisho wa ripoti (%1) si baada ya mwanzo wake (%2).</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="304"/>
        <source>Could not write the report to %1: %2</source>
        <translation>Ripoti haikuweza kuandikwa kwenye %1: %2</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="331"/>
        <source>%1: split into a thread; the app will post it at its time.</source>
        <translation>%1: imegawanywa kuwa mfululizo; programu itaichapisha kwa wakati wake.</translation>
    </message>
    <message>
        <location filename="../core/compose/enqueue.py" line="61"/>
        <source>Choose at least one account to post to.</source>
        <translation>Chagua angalau akaunti moja ya kuchapisha.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="181"/>
        <location filename="../core/compose/enqueue.py" line="64"/>
        <location filename="../core/compose/enqueue.py" line="149"/>
        <source>The post is empty.</source>
        <translation>Chapisho ni tupu.</translation>
    </message>
    <message>
        <location filename="../core/compose/enqueue.py" line="68"/>
        <source>Picture %1 has no description (alt text). Add one so people who cannot see it know what it shows.</source>
        <translation>Picha namba %1 haina maelezo (alt text). Ongeza maelezo ili watu wasioweza kuiona wajue inaonyesha nini.</translation>
    </message>
    <message>
        <location filename="../core/compose/enqueue.py" line="80"/>
        <source>%1 takes at most %2 pictures per post.</source>
        <translation>%1 inakubali picha zisizozidi %2 kwa kila chapisho.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="123"/>
        <source>%1 is not a key fingerprint (32 hexadecimal digits, like 3f2a-91bc-…).</source>
        <translation>%1 si alama ya kidole ya ufunguo (tarakimu 32 za heksadesimali, kama 3f2a-91bc-…).</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="98"/>
        <source>The pack&apos;s signature has an unreadable key.</source>
        <translation>Sahihi ya kifurushi ina ufunguo usiosomeka.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="100"/>
        <source>The pack&apos;s signature has an unreadable value.</source>
        <translation>Sahihi ya kifurushi ina thamani isiyosomeka.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="104"/>
        <source>The pack&apos;s signature has a key of the wrong length.</source>
        <translation>Sahihi ya kifurushi ina ufunguo wenye urefu usio sahihi.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="106"/>
        <source>The pack&apos;s signature value has the wrong length.</source>
        <translation>Thamani ya sahihi ya kifurushi ina urefu usio sahihi.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="155"/>
        <source>The pack&apos;s signature does not match its manifest: the manifest was changed after it was signed, or the signature is not the publisher&apos;s. Refused.</source>
        <translation>Sahihi ya kifurushi hailingani na orodha yake ya maudhui: orodha ilibadilishwa baada ya kutiwa sahihi, au sahihi si ya mchapishaji. Imekataliwa.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="203"/>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Nenosiri lazima liwe na herufi 8 au zaidi.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="245"/>
        <source>%1 is not a pack signing key file.</source>
        <translation>%1 si faili ya ufunguo wa kutia sahihi vifurushi.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="251"/>
        <source>Could not open the key in %1: wrong passphrase, or the file is damaged.</source>
        <translation>Haikuweza kufungua ufunguo ulio kwenye %1: nenosiri si sahihi, au faili imeharibika.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="258"/>
        <source>%1 does not hold an Ed25519 key.</source>
        <translation>%1 haina ufunguo wa Ed25519.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="308"/>
        <source>%1 is not a publisher&apos;s public key (44 characters of base64).</source>
        <translation>%1 si ufunguo wa umma wa mchapishaji (herufi 44 za base64).</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="343"/>
        <source>%1 is not a key file.</source>
        <translation>%1 si faili ya ufunguo.</translation>
    </message>
    <message>
        <location filename="../core/event/model.py" line="23"/>
        <source>The event details already on this computer are still used.</source>
        <translation>Maelezo ya tukio yaliyopo kwenye kompyuta hii bado yanatumika.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="61"/>
        <location filename="../core/event/store.py" line="300"/>
        <source>The event file</source>
        <translation>Faili ya tukio</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="83"/>
        <source>The event file must contain a JSON object.</source>
        <translation>Faili ya tukio lazima iwe na kitu (object) cha JSON.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="91"/>
        <source>This is not a shareASM event file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Hii si faili ya tukio la shareASM (&quot;format&quot; lazima iwe &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="99"/>
        <source>The event file uses format version %1; this app reads version %2.</source>
        <translation>Faili ya tukio inatumia toleo la muundo %1; programu hii inasoma toleo %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="103"/>
        <source>Update the app to read it. The event details already here are still used.</source>
        <translation>Sasisha programu ili kuisoma. Maelezo ya tukio yaliyopo tayari bado yanatumika.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="111"/>
        <location filename="../core/library/manifest.py" line="284"/>
        <source>top level</source>
        <translation>kiwango cha juu</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="114"/>
        <source>The event file is invalid at %1: %2</source>
        <translation>Faili ya tukio si halali kwenye %1: %2</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="135"/>
        <source>The event ends before it starts.</source>
        <translation>Tukio linaisha kabla ya kuanza.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="142"/>
        <source>Two sessions share the id %1.</source>
        <translation>Vikao viwili vina kitambulisho kimoja, %1.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="149"/>
        <source>Session %1 ends before it starts.</source>
        <translation>Kikao %1 kinaisha kabla ya kuanza.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="173"/>
        <source>The next edition ends before it starts.</source>
        <translation>Toleo lijalo linaisha kabla ya kuanza.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="182"/>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 si tarehe (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="219"/>
        <source>%1 names a session the file does not have: %2.</source>
        <translation>%1 inataja kikao ambacho hakimo kwenye faili: %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="285"/>
        <source>%1 is not an ISO-8601 date and time: %2.</source>
        <extracomment>dates outside these years are refused (no real event, and date maths overflows)</extracomment>
        <translation>%1 si tarehe na saa ya ISO-8601: %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="300"/>
        <source>%1 is out of range: %2.</source>
        <translation>%1 iko nje ya kiwango kinachokubalika: %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="313"/>
        <source>%1 is out of range: %2 (years %3 to %4 only).</source>
        <translation>%1 iko nje ya kiwango kinachokubalika: %2 (miaka %3 hadi %4 pekee).</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="166"/>
        <source>The app&apos;s database was damaged and could not be opened (%1). A new one was started; the old file was left where it was, so nothing is deleted.</source>
        <extracomment>the &quot;still open&quot; marker this connection removes when it closes cleanly damage found after the start: the marker stays, the next start checks SQLite&apos;s integrity check passed on this connection</extracomment>
        <translation>Hifadhidata ya programu iliharibika na haikuweza kufunguliwa (%1). Mpya imeanzishwa; faili la zamani liliachwa lilipokuwa, kwa hiyo hakuna kilichofutwa.</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="176"/>
        <source>The app&apos;s database was damaged and could not be opened (%1). A new one was started; the old file was kept as %2, so nothing is deleted.</source>
        <translation>Hifadhidata ya programu iliharibika na haikuweza kufunguliwa (%1). Mpya imeanzishwa; faili la zamani limehifadhiwa kama %2, kwa hiyo hakuna kilichofutwa.</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="233"/>
        <source>The database was made by a newer version of the app (schema %1, this app knows %2).</source>
        <translation>Hifadhidata iliundwa na toleo jipya zaidi la programu (muundo %1, programu hii inajua hadi %2).</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="239"/>
        <source>Install the newer version again, or start with another data folder.</source>
        <translation>Sakinisha tena toleo jipya zaidi, au anza na folda nyingine ya data.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="138"/>
        <source>The app&apos;s database is busy: another copy of the app, or a backup or antivirus program, is using it. Try again in a moment.</source>
        <translation>Hifadhidata ya programu inatumika: nakala nyingine ya programu, au programu ya kuhifadhi nakala au ya kuzuia virusi, inaitumia. Jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="158"/>
        <source>The input is not UTF-8 text (byte %1 cannot be read). Save it as UTF-8 and try again.</source>
        <extracomment>which module registers each subcommand: a start with a subcommand imports only its own module (``account`` pulls in the network clients and twitter-text, ``pack`` jsonschema: ~0.3 s a start, issue 19). tests/test_cli.py checks the table against the modules. Windows reports a pipe whose reader went away as EINVAL, not as BrokenPipeError global options that take a value (so their value is not taken for the subcommand)</extracomment>
        <translation>Maandishi yaliyoingizwa si UTF-8 (baiti %1 haisomeki). Yahifadhi kama UTF-8 kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../commands/accounts.py" line="71"/>
        <source>Give the %1 on standard input.</source>
        <translation>Toa %1 kupitia ingizo la kawaida (standard input).</translation>
    </message>
    <message>
        <location filename="../commands/accounts.py" line="82"/>
        <source>No %1 was given on standard input.</source>
        <translation>Hakuna %1 iliyotolewa kupitia ingizo la kawaida (standard input).</translation>
    </message>
    <message>
        <location filename="../commands/accounts.py" line="93"/>
        <source>%1 Accounts cannot be added from the command line until then.</source>
        <translation>%1 Hadi wakati huo, akaunti haziwezi kuongezwa kupitia mstari wa amri.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="88"/>
        <source>More than one account is %1: give its id (see &apos;account list&apos;).</source>
        <translation>Zaidi ya akaunti moja ni %1: toa kitambulisho chake (angalia &apos;account list&apos;).</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="94"/>
        <source>There is no account %1 (see &apos;account list&apos;).</source>
        <translation>Hakuna akaunti %1 (angalia &apos;account list&apos;).</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="104"/>
        <source>The text is empty: there is nothing to count.</source>
        <translation>Maandishi ni tupu: hakuna cha kuhesabu.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="114"/>
        <source>%1 is a %2 account, not %3.</source>
        <translation>%1 ni akaunti ya %2, si %3.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="123"/>
        <source>Give --network or --account.</source>
        <translation>Toa --network au --account.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="126"/>
        <source>--max must be a positive number.</source>
        <translation>--max lazima iwe namba chanya.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="178"/>
        <source>Give one --alt (a description) for each --image.</source>
        <translation>Toa --alt moja (maelezo) kwa kila --image.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="185"/>
        <source>The picture %1 could not be read.</source>
        <translation>Picha %1 haikuweza kusomwa.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="196"/>
        <source>%1 has passed (it is %2); leave out --at to post now.</source>
        <translation>%1 imeshapita (sasa ni %2); acha --at ili kuchapisha sasa.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="215"/>
        <source>No connected account can post: add one with &apos;account add-mastodon&apos; or &apos;account add-bluesky&apos;.</source>
        <translation>Hakuna akaunti iliyounganishwa inayoweza kuchapisha: ongeza moja kwa &apos;account add-mastodon&apos; au &apos;account add-bluesky&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="349"/>
        <source>Outbox item %1 is not waiting for a retry.</source>
        <translation>Kipengee %1 cha kikasha toezi hakisubiri kujaribiwa tena.</translation>
    </message>
    <message>
        <location filename="../commands/countdown.py" line="56"/>
        <source>Unknown time zone %1; use an IANA name such as Africa/Accra.</source>
        <translation>Saa za eneo zisizojulikana %1; tumia jina la IANA kama Africa/Accra.</translation>
    </message>
    <message>
        <location filename="../commands/countdown.py" line="168"/>
        <source>No event address is set; give one: event-fetch URL</source>
        <translation>Hakuna anwani ya tukio iliyowekwa; toa moja: event-fetch URL</translation>
    </message>
    <message>
        <location filename="../commands/feed.py" line="44"/>
        <source>The tag is empty.</source>
        <translation>Alama ya reli (hashtag) ni tupu.</translation>
    </message>
    <message>
        <location filename="../commands/library.py" line="147"/>
        <source>%1 could not be read back intact; build again.</source>
        <translation>%1 haikuweza kusomwa tena ikiwa kamili; itengeneze upya.</translation>
    </message>
    <message>
        <location filename="../commands/library.py" line="203"/>
        <source>No pack is installed.</source>
        <translation>Hakuna kifurushi kilichosakinishwa.</translation>
    </message>
    <message>
        <location filename="../commands/library.py" line="217"/>
        <source>No pack address: give one (pack sync URL) or set it in Settings → Library.</source>
        <translation>Hakuna anwani ya kifurushi: toa moja (pack sync URL) au iweke kwenye Mipangilio → Maktaba.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="144"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Manenosiri mawili hayalingani; hakuna kilichoandikwa.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="150"/>
        <source>No passphrase: type it, pipe it on standard input, or set %1.</source>
        <translation>Hakuna nenosiri: liandike, lipitishe kupitia ingizo la kawaida (standard input), au weka %1.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="171"/>
        <source>%1 is inside the app&apos;s data folder. Keep a signing key somewhere else (a USB stick, your documents), never with the app&apos;s data.</source>
        <translation>%1 iko ndani ya folda ya data ya programu. Weka ufunguo wa kutia sahihi mahali pengine (kwenye USB, kwenye nyaraka zako), kamwe si pamoja na data ya programu.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="204"/>
        <source>No %1 in %2: give a pack folder.</source>
        <translation>Hakuna %1 ndani ya %2: toa folda ya kifurushi.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="209"/>
        <source>%1 is inside the pack folder, which is copied and shared as it is. Keep the signing key somewhere else.</source>
        <translation>%1 iko ndani ya folda ya kifurushi, ambayo hunakiliwa na kushirikiwa jinsi ilivyo. Weka ufunguo wa kutia sahihi mahali pengine.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="221"/>
        <source>The pack&apos;s files do not match its manifest; fix them before signing.</source>
        <translation>Faili za kifurushi hazilingani na orodha yake ya maudhui; zirekebishe kabla ya kutia sahihi.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="279"/>
        <source>No trusted key has the fingerprint %1.</source>
        <translation>Hakuna ufunguo unaoaminiwa wenye alama ya kidole %1.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="379"/>
        <source>No share nearby offers the pack %1.</source>
        <translation>Hakuna ushirikishaji ulio karibu unaotoa kifurushi %1.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="113"/>
        <source>%1 To take it anyway: --trust-signer %2</source>
        <translation>%1 Ili kukichukua hata hivyo: --trust-signer %2</translation>
    </message>
    <message>
        <location filename="../core/clock.py" line="55"/>
        <source>Not an ISO-8601 date and time: %1</source>
        <extracomment>a computer clock this far from the servers&apos; is called wrong, corrected and shown the estimate is the median of this many recent replies</extracomment>
        <translation>Si tarehe na saa ya ISO-8601: %1</translation>
    </message>
    <message>
        <location filename="../core/clock.py" line="59"/>
        <source>The time %1 has no time zone; add Z or an offset such as +03:00.</source>
        <translation>Saa %1 haina saa za eneo; ongeza Z au tofauti ya saa kama +03:00.</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="31"/>
        <source>the disk is full</source>
        <extracomment>errors that mean &quot;this disk or folder will not take the write&quot;</extracomment>
        <translation>diski imejaa</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="32"/>
        <source>permission was refused</source>
        <translation>ruhusa imekataliwa</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="36"/>
        <source>the file is too big for this disk</source>
        <translation>faili ni kubwa mno kwa diski hii</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="37"/>
        <source>the disk is read-only</source>
        <translation>diski ni ya kusoma tu</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="40"/>
        <source>the disk reported an error</source>
        <translation>diski imeripoti hitilafu</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="52"/>
        <source>Could not use %1: %2.</source>
        <translation>Haikuweza kutumia %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="55"/>
        <source>the file</source>
        <translation>faili</translation>
    </message>
    <message>
        <location filename="../core/event/ics.py" line="117"/>
        <source>The calendar file could not be made: %1</source>
        <translation>Faili ya kalenda haikuweza kutengenezwa: %1</translation>
    </message>
    <message>
        <location filename="../core/event/ics.py" line="121"/>
        <source>The calendar file could not be made: no events.</source>
        <translation>Faili ya kalenda haikuweza kutengenezwa: hakuna matukio.</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="166"/>
        <source>The saved event file could not be read; the details shipped with the app are used (%1).</source>
        <extracomment>sha256 of the shipped event file as it passed the schema in the tests (tests/core/event/test_store.py checks it; after editing the shipped file, put its new hash here). A shipped file with another hash is checked on its first start instead. how many accepted files&apos; hashes ``checked.json`` keeps &quot;shipped&quot;, &quot;url&quot; or &quot;file&quot; the URL or file name it came from (&quot;&quot; for the shipped file) when the file was last fetched or opened (ISO-8601 UTC), &quot;&quot; for shipped ids of sessions that are new or changed since the previous file a message when the newer file could not be used, else &quot;&quot; &quot;updated&quot;, &quot;unchanged&quot;, or &quot;dropped&quot; (not installed: the address changed, or another file was installed while it was fetched) the state file&apos;s text when the fetch began: it is installed only over that the file; None when the server said &quot;not modified&quot; when it was fetched (the server&apos;s time, as the HTTP client corrects it) sha256 of files that passed the schema (shipped or accepted): checked once, not on every start (issue 19: the schema check imports jsonschema, ~0.1 s)</extracomment>
        <translation>Faili ya tukio iliyohifadhiwa haikuweza kusomwa; maelezo yaliyokuja na programu yanatumika (%1).</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="284"/>
        <source>The event address must start with https:// (%1).</source>
        <translation>Anwani ya tukio lazima ianze na https:// (%1).</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="294"/>
        <source>The event server said &apos;not modified&apos; but nothing is saved.</source>
        <translation>Seva ya tukio ilisema &apos;haijabadilika&apos; lakini hakuna kilichohifadhiwa.</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="306"/>
        <source>The event file at that address is too large (%1 KB).</source>
        <translation>Faili ya tukio kwenye anwani hiyo ni kubwa mno (KB %1).</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="364"/>
        <source>The event file at that address is too large (over %1 KB).</source>
        <translation>Faili ya tukio kwenye anwani hiyo ni kubwa mno (zaidi ya KB %1).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="68"/>
        <source>%1 is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8) and build again.</source>
        <extracomment>stem -&gt; {lang or &quot;&quot;: path}</extracomment>
        <translation>%1 si maandishi ya UTF-8. Ihifadhi kama UTF-8 (kwenye Notepad: Save as → Encoding: UTF-8) kisha utengeneze tena.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="91"/>
        <source>%1, line %2: a caption of %3 characters; at most %4.</source>
        <translation>%1, mstari %2: maelezo ya picha yenye herufi %3; zisizozidi %4.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="107"/>
        <source>%1 is an image with an absurd number of pixels; make it smaller.</source>
        <translation>%1 ni picha yenye idadi ya pikseli isiyo ya kawaida kabisa; ipunguze.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="114"/>
        <source>%1 is not a JPEG or PNG image.</source>
        <translation>%1 si picha ya JPEG au PNG.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="119"/>
        <source>%1 is not a JPEG or PNG image (it holds %2 data); save it as JPEG or PNG.</source>
        <translation>%1 si picha ya JPEG au PNG (ina data ya %2); ihifadhi kama JPEG au PNG.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="127"/>
        <source>%1 is %2×%3 pixels, too large for a page (at most %4 megapixels); make it smaller.</source>
        <translation>%1 ina pikseli %2×%3, ni kubwa mno kwa ukurasa (zisizozidi megapikseli %4); ipunguze.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="144"/>
        <source>%1 is not a folder. Give the folder that holds the pages.</source>
        <translation>%1 si folda. Toa folda iliyo na kurasa.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="161"/>
        <source>%1: Windows cannot store a file of that name; rename it.</source>
        <translation>%1: Windows haiwezi kuhifadhi faili yenye jina hilo; ibadilishe jina.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="171"/>
        <source>%1: %2 is not a language code; use two or three lower-case letters (captions.en.txt, captions.sw.txt, captions.pt-BR.txt).</source>
        <translation>%1: %2 si msimbo wa lugha; tumia herufi ndogo mbili au tatu (captions.en.txt, captions.sw.txt, captions.pt-BR.txt).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="183"/>
        <source>%1: %2 is not a language code.</source>
        <translation>%1: %2 si msimbo wa lugha.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="193"/>
        <source>%1 is an image without a page number; name the pages 01%2, 02%2 … (or move %1 out of the folder).</source>
        <translation>%1 ni picha isiyo na namba ya ukurasa; zipe kurasa majina 01%2, 02%2 … (au hamisha %1 nje ya folda).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="203"/>
        <source>%1 and %2 are both page %3; keep one.</source>
        <translation>%1 na %2 zote ni ukurasa %3; baki na mmoja.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="42"/>
        <source>%1 and %2 are the same edition.</source>
        <extracomment>files an operating system or editor leaves in folders; skipped without a word a caption or title file larger than this is not a caption file the schema&apos;s limit for one caption a page whose longer side exceeds this is fine but heavy to download: a warning ``brief.sw.pdf``: the Swahili edition of the publication ``brief`` %1 and %2: two files that are the same edition of one publication or video</extracomment>
        <translation>%1 na %2 ni toleo moja.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="220"/>
        <source>The folder holds files a pack does not carry: %1. A pack takes numbered JPEG/PNG pages, captions.LANG.txt, title.LANG.txt, PDFs and videos (.mp4, .webm …); move the others out.</source>
        <translation>Folda ina faili ambazo kifurushi hakibebi: %1. Kifurushi huchukua kurasa za JPEG/PNG zenye namba, captions.LANG.txt, title.LANG.txt, PDF na video (.mp4, .webm …); hamisha nyingine nje.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="233"/>
        <source>Page %1 is missing: there are %2 page files numbered up to %3. Number them 01, 02, 03 … without gaps.</source>
        <translation>Ukurasa %1 haupo: kuna faili %2 za kurasa zenye namba hadi %3. Zipe namba 01, 02, 03 … bila kuruka.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="244"/>
        <source>%1 has captions but the folder has no numbered pages.</source>
        <translation>%1 ina maelezo ya picha lakini folda haina kurasa zenye namba.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="251"/>
        <source>%1 has %2 lines for %3 pages: write one line per page, in page order (an empty line for a page without a caption).</source>
        <translation>%1 ina mistari %2 kwa kurasa %3: andika mstari mmoja kwa kila ukurasa, kwa mpangilio wa kurasa (mstari mtupu kwa ukurasa usio na maelezo).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="260"/>
        <source>%1 holds nothing to pack: no numbered pages (01.jpg …), PDFs or videos.</source>
        <translation>%1 haina cha kuweka kwenye kifurushi: hakuna kurasa zenye namba (01.jpg …), PDF wala video.</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="130"/>
        <source>Give the pack a title (--title).</source>
        <extracomment>things worth knowing that did not stop the build (large pages)</extracomment>
        <translation>Kipe kifurushi kichwa (--title).</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="135"/>
        <source>%1: the pack file name must end in .zip.</source>
        <translation>%1: jina la faili ya kifurushi lazima liishe na .zip.</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="140"/>
        <source>Write the pack outside the folder it is made from (not %1): a second build would find the archive among the pages.</source>
        <translation>Andika kifurushi nje ya folda kinamotengenezwa (si %1): utengenezaji wa pili ungekuta jalada hilo kati ya kurasa.</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="150"/>
        <source>The title gives no usable pack id; add --id with lower-case letters and digits (e.g. --id shareasm-2026).</source>
        <translation>Kichwa hakitoi kitambulisho cha kifurushi kinachotumika; ongeza --id chenye herufi ndogo na tarakimu (mf. --id shareasm-2026).</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="192"/>
        <source>The pack would be invalid: %1</source>
        <translation>Kifurushi kingekuwa si halali: %1</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="51"/>
        <source>Start the update again to continue where it stopped.</source>
        <translation>Anzisha usasishaji tena ili uendelee ulipoishia.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="200"/>
        <source>The server&apos;s copy of %1 is shorter than the pack says (%2 bytes kept, %3 expected).</source>
        <translation>Nakala ya %1 kwenye seva ni fupi kuliko kifurushi kinavyosema (baiti %2 zimehifadhiwa, %3 zinatarajiwa).</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="215"/>
        <source>The server sent the wrong part of %1; it will start over.</source>
        <translation>Seva ilituma sehemu isiyo sahihi ya %1; itaanza upya.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="45"/>
        <source>The download was stopped.</source>
        <extracomment>why a download ended when the user stopped it</extracomment>
        <translation>Upakuaji ulisimamishwa.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="276"/>
        <source>Could not save %1: %2. What arrived so far is kept.</source>
        <translation>Haikuweza kuhifadhi %1: %2. Kilichofika hadi sasa kimehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="287"/>
        <source>The download of %1 ended early (%2 of %3 bytes); it will resume from where it stopped.</source>
        <translation>Upakuaji wa %1 uliisha mapema (baiti %2 kati ya %3); utaendelea ulipoishia.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="247"/>
        <source>The pack names an unsafe file path: %1 (absolute).</source>
        <extracomment>a manifest larger than this is refused before parsing (a pack of 1,000s of items is ~1 MB) the largest single file a pack may declare (a long video); larger is &quot;absurd&quot; a host name or IPv4 address, lower case (the only other servers files may come from) &quot;integer&quot; means int here: the standard validator takes 45.0 (and ``sha256`` slicing, ``range`` and HTTP Range maths then fail far away from the manifest) names Windows keeps for devices, whatever the case or extension (&quot;nul.txt&quot;, &quot;COM0.pdf&quot;, &quot;CONIN$&quot;): learn.microsoft.com/windows/win32/fileio/naming-a-file schema patterns end in ``$``, which Python&apos;s ``re`` also matches before a final newline; line and paragraph separators and direction overrides would let a signer&apos;s name print lines of its own (&quot;Signed by IIED (trusted)&quot;) or turn words around other servers a file download may be redirected to (a CDN), besides the pack&apos;s own who signed the manifest (checked when parsed), None when unsigned</extracomment>
        <translation>Kifurushi kinataja njia ya faili isiyo salama: %1 (kamili).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="253"/>
        <source>The pack names an unsafe file path: %1.</source>
        <translation>Kifurushi kinataja njia ya faili isiyo salama: %1.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="258"/>
        <source>The pack names a file path with forbidden characters: %1.</source>
        <translation>Kifurushi kinataja njia ya faili yenye herufi zilizokatazwa: %1.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="269"/>
        <source>The pack names a file that Windows cannot store: %1.</source>
        <translation>Kifurushi kinataja faili ambayo Windows haiwezi kuhifadhi: %1.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="287"/>
        <location filename="../core/library/sync.py" line="45"/>
        <source>The pack manifest</source>
        <extracomment>names the manifest in messages about its download</extracomment>
        <translation>Orodha ya maudhui ya kifurushi</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="301"/>
        <source>This pack uses format %1, made for a newer version of the app (this one reads format %2). Please update the app.</source>
        <translation>Kifurushi hiki kinatumia muundo %1, uliotengenezwa kwa toleo jipya zaidi la programu (hii inasoma muundo %2). Tafadhali sasisha programu.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="314"/>
        <source>The pack manifest is invalid at %1: %2 (and %3 more problems).</source>
        <translation>Orodha ya maudhui ya kifurushi si halali kwenye %1: %2 (na matatizo mengine %3).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="320"/>
        <source>The pack manifest is invalid at %1: %2.</source>
        <translation>Orodha ya maudhui ya kifurushi si halali kwenye %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="346"/>
        <source>The pack manifest is invalid at %1: %2 has a control character.</source>
        <translation>Orodha ya maudhui ya kifurushi si halali kwenye %1: %2 ina herufi ya udhibiti.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="362"/>
        <source>The pack lists the item %1 twice (items/%2).</source>
        <translation>Kifurushi kinaorodhesha kipengee %1 mara mbili (items/%2).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="374"/>
        <source>Item %1 names the manifest itself as a file.</source>
        <translation>Kipengee %1 kinataja orodha ya maudhui yenyewe kama faili.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="391"/>
        <source>Item %1: the files %2 and %3 differ only in capital letters; Windows and macOS cannot keep both.</source>
        <translation>Kipengee %1: faili %2 na %3 zinatofautiana kwa herufi kubwa tu; Windows na macOS haziwezi kuzihifadhi zote mbili.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="401"/>
        <source>Item %1: the file %2 is listed twice with different contents.</source>
        <translation>Kipengee %1: faili %2 imeorodheshwa mara mbili ikiwa na maudhui tofauti.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="412"/>
        <source>Item %1 (%2) has neither a web address nor files.</source>
        <translation>Kipengee %1 (%2) hakina anwani ya wavuti wala faili.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="417"/>
        <source>Item %1 (%2) has no language edition.</source>
        <translation>Kipengee %1 (%2) hakina toleo la lugha yoyote.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="422"/>
        <source>Item %1 has no title in any language.</source>
        <translation>Kipengee %1 hakina kichwa katika lugha yoyote.</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="94"/>
        <source>%1 is not the address of a share on this network (it looks like 192.168.1.20:8737).</source>
        <extracomment>how long ``pack peers`` listens for announcements by default how long a laptop waits in all for a turn at a busy share (a dozen laptops, one share)</extracomment>
        <translation>%1 si anwani ya ushirikishaji kwenye mtandao huu (inafanana na 192.168.1.20:8737).</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="110"/>
        <source>The share</source>
        <translation>Ushirikishaji</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="132"/>
        <source>%1 is not a pack share of this app.</source>
        <translation>%1 si ushirikishaji wa vifurushi wa programu hii.</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="192"/>
        <source>Could not listen for shares on this network (%1). Type the address the other laptop shows instead.</source>
        <translation>Haikuweza kusikiliza ushirikishaji kwenye mtandao huu (%1). Badala yake andika anwani inayoonyeshwa na kompyuta nyingine.</translation>
    </message>
    <message>
        <location filename="../core/library/lan.py" line="73"/>
        <source>%1 is not a private network address; packs are shared only on a local network (10.x, 172.16–31.x, 192.168.x, 169.254.x) or on this computer.</source>
        <extracomment>adapters of virtual machines and containers (WSL, Hyper-V, Docker, VirtualBox, VMware)</extracomment>
        <translation>%1 si anwani ya mtandao binafsi; vifurushi hushirikiwa tu kwenye mtandao wa ndani (10.x, 172.16–31.x, 192.168.x, 169.254.x) au kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../core/library/share.py" line="290"/>
        <source>This computer is not on a local network (no private address such as 192.168.x.x), so there is nothing to share on. Join the venue&apos;s Wi-Fi first.</source>
        <extracomment>DNS-SD service type of a pack share the port tried first, so an address typed by hand stays the same across starts seconds a client is told to wait when every download slot is taken a stalled client is dropped after this many seconds</extracomment>
        <translation>Kompyuta hii haiko kwenye mtandao wa ndani (haina anwani binafsi kama 192.168.x.x), kwa hiyo hakuna mahali pa kushirikisha. Jiunge kwanza na Wi-Fi ya ukumbi.</translation>
    </message>
    <message>
        <location filename="../core/library/share.py" line="298"/>
        <source>%1 is not a port number (1 to 65535).</source>
        <translation>%1 si namba ya mlango (1 hadi 65535).</translation>
    </message>
    <message>
        <location filename="../core/library/share.py" line="314"/>
        <source>Could not open port %1 for sharing: %2.</source>
        <translation>Haikuweza kufungua mlango (port) %1 kwa ushirikishaji: %2.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="98"/>
        <source>%1 points outside the pack.</source>
        <extracomment>an archive whose entries claim more than this in total is refused outright</extracomment>
        <translation>%1 inaelekeza nje ya kifurushi.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="117"/>
        <source>%1 is not a readable zip archive (%2).</source>
        <translation>%1 si jalada la zip linalosomeka (%2).</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="138"/>
        <source>The archive contains an absolute path: %1. Refused.</source>
        <translation>Jalada lina njia kamili: %1. Imekataliwa.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="145"/>
        <source>The archive contains a path leaving the pack: %1. Refused.</source>
        <translation>Jalada lina njia inayotoka nje ya kifurushi: %1. Imekataliwa.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="153"/>
        <source>The archive contains a link: %1. Refused.</source>
        <translation>Jalada lina kiungo: %1. Imekataliwa.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="159"/>
        <source>The archive declares an absurd size. Refused.</source>
        <translation>Jalada linadai ukubwa usio wa kawaida kabisa. Imekataliwa.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="164"/>
        <source>The archive contains %1 twice. Refused.</source>
        <translation>Jalada lina %1 mara mbili. Imekataliwa.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="193"/>
        <source>%1 uses a compression the app cannot read</source>
        <translation>%1 inatumia mbinu ya kubana ambayo programu haiwezi kusoma</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="198"/>
        <source>%1 is encrypted in the archive</source>
        <translation>%1 imesimbwa kwa siri ndani ya jalada</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="226"/>
        <source>%1 is neither a folder nor an archive.</source>
        <translation>%1 si folda wala jalada.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="231"/>
        <source>%1 is not a regular file</source>
        <extracomment>the problems with one file of a pack (no full stop: they are parts of a sentence)</extracomment>
        <translation>%1 si faili la kawaida</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="232"/>
        <source>%1 is damaged in the archive (%2)</source>
        <translation>%1 imeharibika ndani ya jalada (%2)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="71"/>
        <source>%1 is missing</source>
        <extracomment>a page image larger than this many pixels is refused (a 12,000 × 8,000 scan is 96 MP) &quot;queued&quot; while waiting for another job&apos;s writing turn (``current`` names that job: &quot;sync&quot;, &quot;copy&quot;, …), else &quot;&quot; more problems with one file of a pack (see pack_source)</extracomment>
        <translation>%1 haipo</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="72"/>
        <source>%1 is an image with an absurd number of pixels</source>
        <translation>%1 ni picha yenye idadi ya pikseli isiyo ya kawaida kabisa</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="80"/>
        <source>The copy was stopped; nothing was changed.</source>
        <extracomment>why an import or export ended before its end</extracomment>
        <translation>Kunakili kulisimamishwa; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="128"/>
        <source>%1 is larger than the pack declares</source>
        <extracomment>what reading a damaged zip entry raises (zipfile checks headers and CRCs lazily)</extracomment>
        <translation>%1 ni kubwa kuliko kifurushi kinavyotaja</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="132"/>
        <source>%1 is truncated (%2 of %3 bytes)</source>
        <translation>%1 imekatika (baiti %2 kati ya %3)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="137"/>
        <source>%1 is damaged or was changed (checksum differs)</source>
        <translation>%1 imeharibika au ilibadilishwa (checksum inatofautiana)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="166"/>
        <source>%1 is an image with an absurd number of pixels (%2×%3)</source>
        <translation>%1 ni picha yenye idadi ya pikseli isiyo ya kawaida kabisa (%2×%3)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="273"/>
        <source>Item %1: %2. Nothing was installed.</source>
        <translation>Kipengee %1: %2. Hakuna kilichosakinishwa.</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="326"/>
        <source>The pack %1 is not installed.</source>
        <translation>Kifurushi %1 hakijasakinishwa.</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="109"/>
        <source>The file %1 has %2 bytes, the pack says %3: it is truncated or was changed.</source>
        <extracomment>the writing turn, shared by every store on this folder</extracomment>
        <translation>Faili %1 ina baiti %2, kifurushi kinasema %3: imekatika au ilibadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="117"/>
        <source>The file %1 is damaged or was changed (checksum differs).</source>
        <translation>Faili %1 imeharibika au ilibadilishwa (checksum inatofautiana).</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="142"/>
        <source>Could not store %1: %2.</source>
        <translation>Haikuweza kuweka %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="180"/>
        <source>The pack is incomplete: %1 files are missing, first %2.</source>
        <translation>Kifurushi hakijakamilika: faili %1 hazipo, ya kwanza ni %2.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="112"/>
        <source>The pack address answered with a web page, not a pack. The network may want you to log in first (hotel or venue Wi-Fi), or the address in Settings → Library is wrong.</source>
        <extracomment>local hours counted as &quot;night&quot; for the only-at-night setting bytes per second over this session (0 until measurable) seconds left at that speed, or None when unknown &quot;manifest&quot; | &quot;download&quot; | &quot;waiting&quot; (for a turn at a busy share) | &quot;install&quot;, or &quot;queued&quot;: waiting for another job writing the pack store (``current`` names that job: &quot;sync&quot;, &quot;copy&quot;, &quot;import&quot;, &quot;download&quot;, &quot;sample&quot;)</extracomment>
        <translation>Anwani ya kifurushi ilijibu kwa ukurasa wa wavuti, si kifurushi. Huenda mtandao unataka uingie kwanza (Wi-Fi ya hoteli au ukumbi), au anwani iliyo kwenye Mipangilio → Maktaba si sahihi.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="219"/>
        <source>The new pack needs %1 MB more, but only %2 MB are free on this computer.</source>
        <translation>Kifurushi kipya kinahitaji MB %1 zaidi, lakini ni MB %2 tu zilizo wazi kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="267"/>
        <source>%1 The download was rejected.</source>
        <translation>%1 Upakuaji ulikataliwa.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="271"/>
        <source>%1: %2 The download was rejected.</source>
        <translation>%1: %2 Upakuaji ulikataliwa.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="336"/>
        <source>This pack was installed from a folder or archive; it has no download address.</source>
        <translation>Kifurushi hiki kilisakinishwa kutoka folda au jalada; hakina anwani ya kupakua.</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="26"/>
        <source>Bluesky: the login has expired.</source>
        <translation>Bluesky: muda wa kuingia umekwisha.</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="139"/>
        <source>a Bluesky post is not an object</source>
        <extracomment>where bsky.app shows hashtags and profiles</extracomment>
        <translation>chapisho la Bluesky si kitu (object)</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="142"/>
        <source>a Bluesky post has no at:// uri</source>
        <translation>chapisho la Bluesky halina uri ya at://</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="197"/>
        <source>the search reply has no list of posts</source>
        <translation>jibu la utafutaji halina orodha ya machapisho</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="299"/>
        <source>Bluesky needs a login to search posts.</source>
        <extracomment>False when paging back to ``since`` stopped short (paging budget, page cap) whose session ``auth`` is (for messages)</extracomment>
        <translation>Bluesky inahitaji kuingia ili kutafuta machapisho.</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="300"/>
        <source>Add a Bluesky account (with an app password) in Accounts.</source>
        <translation>Ongeza akaunti ya Bluesky (yenye nenosiri la programu) kwenye Akaunti.</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="233"/>
        <source>a status is not an object</source>
        <translation>chapisho (status) si kitu (object)</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="166"/>
        <location filename="../core/live/mastodon.py" line="244"/>
        <source>a status has no uri</source>
        <extracomment>more attachments or tags than any server allows are ignored</extracomment>
        <translation>chapisho (status) halina uri</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="301"/>
        <source>the server did not send a list of posts</source>
        <translation>seva haikutuma orodha ya machapisho</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="327"/>
        <source>the instance description is not an object</source>
        <extracomment>public | authenticated | disabled (for hashtag feeds of remote posts) the server&apos;s own domain (``host:port`` off the default port), &quot;&quot; when not said</extracomment>
        <translation>maelezo ya seva si kitu (object)</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="417"/>
        <source>%1: the instance description is unreadable.</source>
        <extracomment>the newest id to poll from next time (&quot;&quot; when nothing came) requests made that carried min_id/max_id (count against the paging budget) False when paging back to ``since`` stopped before reaching it (budget, page cap) the instance&apos;s domain for local authors&apos; handles (set from the instance info)</extracomment>
        <translation>%1: maelezo ya seva hayasomeki.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="33"/>
        <source>The image is too large to show on this connection.</source>
        <translation>Picha ni kubwa mno kuonyeshwa kwenye muunganisho huu.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="34"/>
        <source>The image took too long to load.</source>
        <translation>Picha ilichukua muda mrefu mno kupakia.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="91"/>
        <source>Not a web address for an image.</source>
        <extracomment>temporary files of downloads being written (a stale one is evicted like any file) a whole download may take this long: a server dripping a byte every few seconds never trips the read timeout, and would hold a network worker downloads being written by this process (never evicted mid-write) per url, the download under way (the others wait for it)</extracomment>
        <translation>Si anwani ya wavuti ya picha.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="124"/>
        <source>The image</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="128"/>
        <source>Not an image (%1).</source>
        <translation>Si picha (%1).</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="145"/>
        <source>The image could not be loaded: %1</source>
        <translation>Picha haikuweza kupakiwa: %1</translation>
    </message>
    <message>
        <location filename="../core/live/model.py" line="208"/>
        <location filename="../core/live/model.py" line="263"/>
        <source>A cached post is unreadable: %1</source>
        <extracomment>the version of :meth:`Post.to_row`&apos;s form (the first item of every row) image | gifv | video | audio | link | unknown alt text (image description), &quot;&quot; when the author gave none &quot;user@instance&quot; (Mastodon) or &quot;handle.bsky.social&quot; the dedupe key: the original&apos;s ``uri`` (a repost is keyed by what it reposts) sanitized HTML (Mastodon subset) and its plain-text rendering handle of who reposted it, when seen as a repost where it was seen: &quot;mastodon:https://host&quot; or &quot;bluesky&quot; the post&apos;s id on that source (opaque string; for deletes) Bluesky content id / other per-network extras (read-only; most posts share one empty mapping, issue 19: memory)</extracomment>
        <translation>Chapisho lililohifadhiwa halisomeki: %1</translation>
    </message>
    <message>
        <location filename="../core/live/model.py" line="231"/>
        <source>A cached post has an unknown form (%1).</source>
        <translation>Chapisho lililohifadhiwa lina muundo usiojulikana (%1).</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="61"/>
        <source>An instance address is empty.</source>
        <extracomment>paging back to ``since`` stopped short (paging budget or page cap)</extracomment>
        <translation>Anwani ya seva ni tupu.</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="67"/>
        <source>Not an instance address: %1</source>
        <translation>Si anwani ya seva: %1</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="152"/>
        <source>%1 has switched hashtag timelines off.</source>
        <extracomment>read back to this time on the first poll (the ``feed --since`` command) held for a whole poll (a worker thread); never taken on the GUI thread held only to move the cursor: any thread, never across a request</extracomment>
        <translation>%1 imezima ratiba za alama za reli (hashtag).</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="360"/>
        <source>Unknown source %1: use mastodon:https://instance, bluesky[:URL] or x.</source>
        <extracomment>pages read back to ``feed --since`` at most (each source), besides the paging budget read back to this time on the first poll (the ``feed --since`` command)</extracomment>
        <translation>Chanzo kisichojulikana %1: tumia mastodon:https://instance, bluesky[:URL] au x.</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="137"/>
        <source>A streamed post</source>
        <extracomment>Mastodon sends a &quot;:thump&quot; comment every ~15 s; miss three and the stream is dead the server&apos;s ``retry:`` in milliseconds, if it sent one update | status.update | delete</extracomment>
        <translation>Chapisho la mubashara</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="140"/>
        <source>a streamed post is not JSON</source>
        <translation>chapisho la mubashara si JSON</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="225"/>
        <source>The live stream failed: %1</source>
        <translation>Mtiririko wa mubashara umeshindikana: %1</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="251"/>
        <source>The live stream from %1 dropped.</source>
        <translation>Mtiririko wa mubashara kutoka %1 umekatika.</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="259"/>
        <source>%1 did not answer with a live stream (a Wi-Fi login page or a proxy?).</source>
        <translation>%1 haikujibu kwa mtiririko wa mubashara (huenda ni ukurasa wa kuingia wa Wi-Fi au proksi?).</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="294"/>
        <source>The live stream from %1 went quiet or dropped.</source>
        <translation>Mtiririko wa mubashara kutoka %1 umenyamaza au umekatika.</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="303"/>
        <source>The live stream from %1 was closed by the server.</source>
        <translation>Mtiririko wa mubashara kutoka %1 ulifungwa na seva.</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="40"/>
        <source>the X reply is not an object</source>
        <translation>jibu la X si kitu (object)</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="43"/>
        <source>the X reply has no list of posts</source>
        <translation>jibu la X halina orodha ya machapisho</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="60"/>
        <source>an X post has no id</source>
        <translation>chapisho la X halina kitambulisho</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="211"/>
        <source>X refused the API credentials (reading needs a paid developer account).</source>
        <extracomment>(start, end, where it opens, what it shows, what the text must say there)</extracomment>
        <translation>X imekataa vitambulisho vya API (kusoma kunahitaji akaunti ya msanidi inayolipiwa).</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="215"/>
        <source>Check the X credentials in Accounts, or remove them.</source>
        <translation>Kagua vitambulisho vya X kwenye Akaunti, au viondoe.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="13"/>
        <source>Could not read %1: %2.</source>
        <translation>Haikuweza kusoma %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="15"/>
        <source>Could not write %1: %2.</source>
        <extracomment>%1 a file or folder, %2 the system&apos;s reason</extracomment>
        <translation>Haikuweza kuandika %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="17"/>
        <source>Could not save %1: %2.</source>
        <extracomment>%1 a file, %2 why not (&quot;the disk is full&quot;)</extracomment>
        <translation>Haikuweza kuhifadhi %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="19"/>
        <source>%1 already exists; choose another file name.</source>
        <extracomment>%1 a file</extracomment>
        <translation>%1 tayari ipo; chagua jina jingine la faili.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="21"/>
        <source>%1: the reply was cut off or unreadable.</source>
        <extracomment>%1 the server or network (&quot;Bluesky&quot;, &quot;mastodon.social&quot;)</extracomment>
        <translation>%1: jibu lilikatika au halisomeki.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="23"/>
        <source>%1 wants a login to show hashtags.</source>
        <extracomment>%1 the server</extracomment>
        <translation>%1 inataka kuingia ili kuonyesha alama za reli (hashtag).</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="25"/>
        <source>Not a time: %1.</source>
        <extracomment>%1 the value that is not a time</extracomment>
        <translation>Si wakati: %1.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="27"/>
        <source>The pack manifest is too large to be genuine.</source>
        <extracomment>a pack whose manifest is absurdly large</extracomment>
        <translation>Orodha ya maudhui ya kifurushi ni kubwa mno kuwa halisi.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="29"/>
        <source>No %1 was found in %2.</source>
        <extracomment>%1 the manifest file name, %2 the folder or archive</extracomment>
        <translation>Hakuna %1 iliyopatikana ndani ya %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="31"/>
        <source>%1 is a link; packs may not contain links.</source>
        <extracomment>%1 a file in a pack</extracomment>
        <translation>%1 ni kiungo; vifurushi haviruhusiwi kuwa na viungo.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="33"/>
        <source>%1 could not be read (%2)</source>
        <extracomment>%1 a file in a pack, %2 the system&apos;s reason (no full stop: also part of a sentence)</extracomment>
        <translation>%1 haikuweza kusomwa (%2)</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="47"/>
        <source>%1: no saved login on this computer.</source>
        <extracomment>%1 an account&apos;s name</extracomment>
        <translation>%1: hakuna taarifa za kuingia zilizohifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="49"/>
        <source>%1: the saved login is unreadable.</source>
        <extracomment>%1 an account&apos;s name</extracomment>
        <translation>%1: taarifa za kuingia zilizohifadhiwa hazisomeki.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="51"/>
        <source>%1: the server no longer accepts the login.</source>
        <extracomment>%1 an account&apos;s name</extracomment>
        <translation>%1: seva haikubali tena kuingia.</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="257"/>
        <source>The pack needs %1 MB but only %2 MB are free.</source>
        <translation>Kifurushi kinahitaji MB %1 lakini ni MB %2 tu zilizo wazi.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="35"/>
        <source>The download of %1 was cut; it will resume from where it stopped.</source>
        <extracomment>%1 a server or file, the download stopped half-way</extracomment>
        <translation>Upakuaji wa %1 ulikatika; utaendelea ulipoishia.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="39"/>
        <source>Could not save to the database: %1.</source>
        <extracomment>%1 the database&apos;s reason</extracomment>
        <translation>Haikuweza kuhifadhi kwenye hifadhidata: %1.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="41"/>
        <source>There is no outbox item %1.</source>
        <extracomment>%1 an outbox item number</extracomment>
        <translation>Hakuna kipengee %1 kwenye kikasha toezi.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="43"/>
        <source>Add a Mastodon account on this instance in Accounts, or remove it.</source>
        <extracomment>the way forward when a Mastodon instance wants a login to show hashtags</extracomment>
        <translation>Ongeza akaunti ya Mastodon kwenye seva hii katika Akaunti, au iondoe.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="35"/>
        <source>Something went wrong. Your data is safe; the details are in the log.</source>
        <translation>Hitilafu imetokea. Data yako iko salama; maelezo yako kwenye kumbukumbu (log).</translation>
    </message>
    <message>
        <location filename="../ui/image_decode.py" line="35"/>
        <source>The image is too large or unreadable.</source>
        <extracomment>the largest picture the app decodes, in pixels (the pack importer checks the same)</extracomment>
        <translation>Picha ni kubwa mno au haisomeki.</translation>
    </message>
    <message>
        <location filename="../ui/image_decode.py" line="47"/>
        <source>The image could not be read: %1</source>
        <translation>Picha haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="166"/>
        <source>The settings file</source>
        <extracomment>UI language code (&quot;en&quot;, &quot;sw&quot;, &quot;fr&quot;, &quot;pt&quot;); &quot;&quot; follows the system the address asked to tell online, offline and &quot;sign in to this Wi-Fi&quot; apart, and the answer it must give (companion/core/connectivity.py); &quot;&quot; turns the check off URL of a newer event file; &quot;&quot; uses the shipped edition field-site clocks shown beside the countdown (IANA names) IANA zone for &quot;local&quot; times; &quot;&quot; follows the computer language of new posts; &quot;&quot; follows the interface language publishers whose signed packs install without asking: &quot;&lt;base64 Ed25519 key&gt; &lt;name&gt;&quot; (companion/core/library/signing.py). Sharing packs on the network is deliberately not a setting: it is off at every start and only switched on for the session. a message for the user when the file was broken or partly invalid, else &quot;&quot; where the broken file was kept, if it was moved aside</extracomment>
        <translation>Faili ya mipangilio</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="172"/>
        <source>The settings file could not be read (%1). Default settings are used; the old file was kept as %2.</source>
        <translation>Faili ya mipangilio haikuweza kusomwa (%1). Mipangilio ya msingi inatumika; faili la zamani limehifadhiwa kama %2.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="181"/>
        <source>The settings file could not be read (%1). Default settings are used; the old file was kept.</source>
        <translation>Faili ya mipangilio haikuweza kusomwa (%1). Mipangilio ya msingi inatumika; faili la zamani limehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="198"/>
        <source>Some settings were invalid and were reset to their defaults: %1 (the original was kept as %2).</source>
        <translation>Baadhi ya mipangilio haikuwa halali na imerudishwa kwenye thamani za msingi: %1 (faili la asili limehifadhiwa kama %2).</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="207"/>
        <source>Some settings were invalid and were reset to their defaults: %1.</source>
        <translation>Baadhi ya mipangilio haikuwa halali na imerudishwa kwenye thamani za msingi: %1.</translation>
    </message>
    <message>
        <location filename="../core/accounts/keyring_store.py" line="102"/>
        <source>The keyring could not be read: %1</source>
        <extracomment>The Windows Credential Manager keeps at most 2,560 bytes per secret (CRED_MAX_CREDENTIAL_BLOB_SIZE, jaraco/keyring#355), and keyring stores the text as UTF-16: 2 bytes a character, 4 for one outside the Basic Multilingual Plane (an emoji). Longer secrets are split into numbered parts under ``key#1``, ``key#2`` ... The largest secret the app keeps, a Bluesky session (two JWTs and the DID), is about 800 characters, 1.6-1.9 KB as UTF-16 (tests/core/accounts/test_keyring_store.py). the most UTF-16 bytes one entry holds here (a margin below the limit) what a keyring backend may raise: keyring&apos;s own errors, and the platform libraries&apos; (Windows&apos; pywintypes.error, D-Bus errors, OSError) which do not derive from them</extracomment>
        <translation>Keyring haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <location filename="../core/accounts/keyring_store.py" line="110"/>
        <source>The keyring refused to store the secret: %1</source>
        <translation>Keyring ilikataa kuhifadhi siri: %1</translation>
    </message>
    <message>
        <location filename="../core/accounts/keyring_store.py" line="121"/>
        <source>The keyring could not delete the secret: %1</source>
        <translation>Keyring haikuweza kufuta siri: %1</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="35"/>
        <source>%1 does not look like a Mastodon-compatible server.</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>%1 haionekani kuwa seva inayooana na Mastodon.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="36"/>
        <source>Check the address of your instance (for example mastodon.social).</source>
        <translation>Kagua anwani ya seva yako (kwa mfano mastodon.social).</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="239"/>
        <source>%1 did not accept this access token.</source>
        <extracomment>smallest scopes first; older servers that reject them get the next set registered once per instance; the port of a loopback redirect is free (RFC 8252)</extracomment>
        <translation>%1 haikukubali tokeni hii ya ufikiaji.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="240"/>
        <source>Check that you copied the whole token, and that it has not been revoked.</source>
        <translation>Hakikisha umenakili tokeni yote, na kwamba haijabatilishwa.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="250"/>
        <source>%1 accepted the token but it may not read your profile.</source>
        <translation>%1 imekubali tokeni lakini hairuhusiwi kusoma wasifu wako.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="253"/>
        <source>Make the token again with the &apos;profile&apos; (or &apos;read:accounts&apos;) permission ticked, as well as read:statuses, write:statuses and write:media.</source>
        <translation>Tengeneza tokeni tena ukiwa umeweka alama kwenye ruhusa ya &apos;profile&apos; (au &apos;read:accounts&apos;), pamoja na read:statuses, write:statuses na write:media.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="264"/>
        <source>%1: the account could not be read.</source>
        <translation>%1: akaunti haikuweza kusomwa.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="311"/>
        <source>%1: the app could not be registered.</source>
        <translation>%1: programu haikuweza kusajiliwa.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="337"/>
        <source>%1 did not accept the login code.</source>
        <translation>%1 haikukubali msimbo wa kuingia.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="338"/>
        <source>Codes work once and for a few minutes: start the login again.</source>
        <translation>Misimbo hufanya kazi mara moja tu na kwa dakika chache: anza kuingia tena.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="348"/>
        <source>%1: no access token came back.</source>
        <translation>%1: hakuna tokeni ya ufikiaji iliyorudi.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="122"/>
        <source>The login answer did not match this login attempt, so it was ignored.</source>
        <translation>Jibu la kuingia halikulingana na jaribio hili la kuingia, kwa hiyo lilipuuzwa.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="126"/>
        <source>Start the login again from the app.</source>
        <translation>Anza kuingia tena kutoka kwenye programu.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="133"/>
        <source>The server did not allow the login (%1).</source>
        <translation>Seva haikuruhusu kuingia (%1).</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="140"/>
        <source>The server sent no login code.</source>
        <translation>Seva haikutuma msimbo wa kuingia.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="160"/>
        <source>The login was cancelled.</source>
        <translation>Kuingia kumeghairiwa.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="163"/>
        <source>No answer came from the browser in time.</source>
        <translation>Hakuna jibu lililotoka kwenye kivinjari kwa wakati.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="164"/>
        <source>Try again, or use the code-paste login instead.</source>
        <translation>Jaribu tena, au tumia njia ya kuingia kwa kubandika msimbo badala yake.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="68"/>
        <source>access token</source>
        <extracomment>the login was ended on the server too what the user should still do by hand, or &quot;&quot;</extracomment>
        <translation>tokeni ya ufikiaji</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="69"/>
        <source>login code</source>
        <translation>msimbo wa kuingia</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="70"/>
        <source>bearer token</source>
        <translation>tokeni ya bearer</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="76"/>
        <source>The %1 is empty.</source>
        <translation>Sehemu ya “%1” iko tupu.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="79"/>
        <source>The %1 contains spaces; copy it again, without line breaks.</source>
        <translation>Sehemu ya “%1” ina nafasi; inakili tena, bila kuvunja mistari.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="130"/>
        <source>%1 does not allow the app to receive the login by itself.</source>
        <translation>%1 hairuhusu programu kupokea taarifa za kuingia yenyewe.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="133"/>
        <source>Use “Paste a code” instead.</source>
        <translation>Tumia “Bandika msimbo” badala yake.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="201"/>
        <source>Give an X bearer token or user access token.</source>
        <translation>Weka tokeni ya bearer ya X au tokeni ya ufikiaji ya mtumiaji.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="274"/>
        <source>No account with id %1 (accounts: %2).</source>
        <translation>Hakuna akaunti yenye kitambulisho %1 (akaunti: %2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="25"/>
        <source>server</source>
        <translation>seva</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="26"/>
        <source>Mastodon instance</source>
        <translation>seva ya Mastodon</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="27"/>
        <source>Bluesky server</source>
        <translation>seva ya Bluesky</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="29"/>
        <source>%1 is not a %2 address.</source>
        <extracomment>%1 what was typed, %2 what it should be (a :class:`Phrase`: &quot;Mastodon instance&quot;)</extracomment>
        <translation>%1 si anwani ya %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="44"/>
        <source>Enter the address of the %1, e.g. mastodon.social.</source>
        <translation>Weka anwani ya %1, k.m. mastodon.social.</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="66"/>
        <source>%1 must be reached with https:// so your login is not sent in the clear.</source>
        <translation>%1 lazima ifikiwe kwa https:// ili taarifa zako za kuingia zisitumwe bila usimbaji.</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="75"/>
        <source>%1 has an invalid port number.</source>
        <translation>%1 ina namba ya mlango (port) isiyo sahihi.</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="37"/>
        <source>checking a post</source>
        <translation>kukagua chapisho</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="38"/>
        <source>looking up a mentioned handle</source>
        <translation>kutafuta jina (handle) lililotajwa</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="100"/>
        <source>%1: the account&apos;s DID is unknown; log in again.</source>
        <translation>%1: DID ya akaunti haijulikani; ingia tena.</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="134"/>
        <source>%1: the picture upload gave no blob.</source>
        <extracomment>this computer&apos;s clock error, when known: ``createdAt`` is the real time (the AppView files a post at the earlier of createdAt and when it saw it) handle -&gt; DID (or None: does not resolve), for this run</extracomment>
        <translation>%1: kupakia picha hakukurudisha blob.</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="24"/>
        <source>This file is not a picture the app can read.</source>
        <translation>Faili hii si picha ambayo programu inaweza kusoma.</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="61"/>
        <source>The picture %1 could not be read: it was moved, deleted or is on a drive that is not connected.</source>
        <extracomment>refuse pictures with more pixels than this (a 100-megapixel camera is fine) never send more than this on the long side (saves data on slow links) why alt text is required, shown next to the field</extracomment>
        <translation>Picha %1 haikuweza kusomwa: imehamishwa, imefutwa au iko kwenye diski ambayo haijaunganishwa.</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="70"/>
        <source>This picture file is too big (over %1 MB).</source>
        <translation>Faili hii ya picha ni kubwa mno (zaidi ya MB %1).</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="90"/>
        <source>This picture is far too large to open safely (too many pixels).</source>
        <translation>Picha hii ni kubwa mno kufunguliwa kwa usalama (pikseli nyingi mno).</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="145"/>
        <source>This picture could not be made small enough for the network.</source>
        <translation>Picha hii haikuweza kufanywa ndogo ya kutosha kwa mtandao huu.</translation>
    </message>
    <message>
        <location filename="../core/compose/publish_common.py" line="24"/>
        <source>picture upload</source>
        <extracomment>what a publisher was doing when the server said no (the subject of its error)</extracomment>
        <translation>kupakia picha</translation>
    </message>
    <message>
        <location filename="../core/compose/publish_common.py" line="25"/>
        <source>posting</source>
        <translation>kuchapisha</translation>
    </message>
    <message>
        <location filename="../core/compose/publish_common.py" line="31"/>
        <source>%1: %2</source>
        <extracomment>%1 an account&apos;s name, %2 what the app was doing (&quot;picture upload&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="425"/>
        <source>The reply from %1 is too large (more than %2).</source>
        <translation>Jibu kutoka %1 ni kubwa mno (zaidi ya %2).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="430"/>
        <source>%1 is sending its reply too slowly; try again later.</source>
        <translation>%1 inatuma jibu lake polepole mno; jaribu tena baadaye.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="438"/>
        <source>The reply from %1 was cut off; try again later.</source>
        <translation>Jibu kutoka %1 lilikatika; jaribu tena baadaye.</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="83"/>
        <source>The pack address %1 contains a user name or password before the server name; leave it out.</source>
        <translation>Anwani ya kifurushi %1 ina jina la mtumiaji au nenosiri kabla ya jina la seva; liondoe.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="304"/>
        <source>%1 is %2, a time that does not exist in %3 (the clocks skip it that day).</source>
        <translation>%1 ni %2, saa ambayo haipo katika %3 (saa huiruka siku hiyo).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="382"/>
        <source>Item %1: the files %2 and %3 differ only in how their accents are written in Unicode; macOS cannot keep both.</source>
        <translation>Kipengee %1: faili %2 na %3 zinatofautiana tu kwa jinsi alama zao za lafudhi zilivyoandikwa katika Unicode; macOS haiwezi kuhifadhi zote mbili.</translation>
    </message>
</context>
<context>
    <name>EventSettingsPage</name>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="88"/>
        <source>Event file address:</source>
        <extracomment>one label per field, each naming its field (buddy: Alt+letter and screen readers)</extracomment>
        <translation>Anwani ya faili la tukio:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="89"/>
        <source>Remind me (minutes before):</source>
        <translation>Nikumbushe (dakika kabla):</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="90"/>
        <source>Field-site clocks (IANA zones):</source>
        <translation>Saa za maeneo ya kazi (kanda za IANA):</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="91"/>
        <source>My time zone (empty: the computer&apos;s):</source>
        <translation>Kanda yangu ya saa (tupu: ya kompyuta):</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="92"/>
        <source>Programme in the event&apos;s time:</source>
        <translation>Ratiba kwa saa za tukio:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="96"/>
        <source>Event file address</source>
        <translation>Anwani ya faili la tukio</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="97"/>
        <source>Reminder minutes before a session</source>
        <translation>Dakika za kumbusho kabla ya kipindi</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="98"/>
        <source>Field-site clocks</source>
        <translation>Saa za maeneo ya kazi</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="99"/>
        <location filename="../ui/countdown/settings_page.py" line="102"/>
        <source>My time zone</source>
        <translation>Kanda yangu ya saa</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="103"/>
        <source>Programme in the event&apos;s time</source>
        <translation>Ratiba kwa saa za tukio</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="106"/>
        <source>Event</source>
        <translation>Tukio</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="62"/>
        <source>System language</source>
        <extracomment>&quot;module:Class&quot; of each feature&apos;s settings page, in tab order</extracomment>
        <translation>Lugha ya mfumo</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="63"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>General</source>
        <translation>Jumla</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <location filename="../ui/live/chart.py" line="38"/>
        <source>%Ln posts in the last %1 hours</source>
        <translation>
            <numerusform>Chapisho %Ln katika saa %1 zilizopita</numerusform>
            <numerusform>Machapisho %Ln katika saa %1 zilizopita</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/chart.py" line="48"/>
        <source>No posts in the last %1 hours yet.</source>
        <translation>Bado hakuna machapisho katika saa %1 zilizopita.</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsPage</name>
    <message>
        <location filename="../ui/library/settings_page.py" line="36"/>
        <source>Content pack address</source>
        <translation>Anwani ya kifurushi cha maudhui</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="37"/>
        <location filename="../ui/library/settings_page.py" line="38"/>
        <source>Update only on an unmetered connection</source>
        <translation>Sasisha tu kwenye mtandao usiotozwa kwa kiasi cha data</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="39"/>
        <source>Update only at night (22:00–06:00)</source>
        <translation>Sasisha usiku tu (22:00–06:00)</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="42"/>
        <source>This computer cannot tell whether its connection is metered, so with the first option on, updates wait until you start one yourself.</source>
        <translation>Kompyuta hii haiwezi kujua kama mtandao wake unatozwa kwa kiasi cha data, kwa hiyo chaguo la kwanza likiwashwa, masasisho yanasubiri hadi uanzishe mwenyewe.</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="46"/>
        <source>The current connection is reported as metered.</source>
        <translation>Mtandao wa sasa unaripotiwa kuwa unatozwa kwa kiasi cha data.</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="48"/>
        <source>The current connection is reported as not metered.</source>
        <translation>Mtandao wa sasa unaripotiwa kuwa hautozwi kwa kiasi cha data.</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="50"/>
        <source>Pack address</source>
        <translation>Anwani ya kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="53"/>
        <source>Library</source>
        <translation>Maktaba</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <location filename="../ui/library/library_text.py" line="16"/>
        <source>Search titles, captions and publications…</source>
        <translation>Tafuta vichwa, maelezo na maandiko…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="18"/>
        <source>Search the library</source>
        <translation>Tafuta kwenye maktaba</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="22"/>
        <source>Language of the materials</source>
        <translation>Lugha ya nyenzo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="24"/>
        <source>Update pack</source>
        <translation>Sasisha kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="26"/>
        <source>Download the latest content pack</source>
        <translation>Pakua kifurushi kipya cha maudhui</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="28"/>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="30"/>
        <source>Stop the download</source>
        <translation>Simamisha upakuaji</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="32"/>
        <source>Import…</source>
        <translation>Ingiza…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="34"/>
        <source>Import a pack from a USB stick</source>
        <translation>Ingiza kifurushi kutoka kwenye USB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="36"/>
        <source>Export…</source>
        <translation>Hamisha…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="38"/>
        <source>Export the pack to a USB stick</source>
        <translation>Hamisha kifurushi kwenda kwenye USB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="40"/>
        <source>From a folder…</source>
        <translation>Kutoka kwenye folda…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="41"/>
        <source>From a zip archive…</source>
        <translation>Kutoka kwenye faili la zip…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="42"/>
        <source>To a folder…</source>
        <translation>Kwenda kwenye folda…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="43"/>
        <source>To a zip archive…</source>
        <translation>Kwenda kwenye faili la zip…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="44"/>
        <source>Library items</source>
        <translation>Vipengee vya maktaba</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="45"/>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="47"/>
        <source>Open the selected item</source>
        <translation>Fungua kipengee kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="49"/>
        <source>Open with system viewer</source>
        <translation>Fungua kwa kitazamaji cha mfumo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="51"/>
        <source>Open with the system&apos;s viewer</source>
        <translation>Fungua kwa kitazamaji cha mfumo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="54"/>
        <source>Download this item</source>
        <translation>Pakua kipengee hiki</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="56"/>
        <source>Open in browser</source>
        <translation>Fungua kwenye kivinjari</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="58"/>
        <source>Open the web page in the browser</source>
        <translation>Fungua ukurasa wa wavuti kwenye kivinjari</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="60"/>
        <source>Send to composer</source>
        <translation>Tumia katika chapisho</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="62"/>
        <source>Start a post about this item</source>
        <translation>Anza chapisho kuhusu kipengee hiki</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="68"/>
        <source>English</source>
        <translation>Kiingereza</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="69"/>
        <source>Kiswahili</source>
        <translation>Kiswahili</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="70"/>
        <source>French</source>
        <translation>Kifaransa</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="71"/>
        <source>Portuguese</source>
        <translation>Kireno</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="72"/>
        <source>Malagasy</source>
        <translation>Kimalagasi</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="73"/>
        <source>Spanish</source>
        <translation>Kihispania</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="152"/>
        <source>Waiting for the pack update to finish…</source>
        <translation>Inasubiri usasishaji wa kifurushi ukamilike…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="155"/>
        <source>Waiting for the copy from another laptop to finish…</source>
        <translation>Inasubiri kunakili kutoka kompyuta nyingine kukamilike…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="158"/>
        <source>Waiting for the pack import to finish…</source>
        <translation>Inasubiri uingizaji wa kifurushi ukamilike…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="161"/>
        <source>Waiting for a download to finish…</source>
        <translation>Inasubiri upakuaji ukamilike…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="165"/>
        <source>Waiting for another pack job to finish…</source>
        <translation>Inasubiri kazi nyingine ya kifurushi ikamilike…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="249"/>
        <source>Opening the library…</source>
        <extracomment>the interface language the content language last followed whether the user chose a content language since the interface language changed</extracomment>
        <translation>Inafungua maktaba…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="252"/>
        <source>No content pack is installed yet.</source>
        <translation>Bado hakuna kifurushi cha maudhui kilichosakinishwa.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="256"/>
        <source>%1 (version %2)</source>
        <translation>%1 (toleo %2)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="260"/>
        <source>set the pack address in Settings to get updates</source>
        <translation>weka anwani ya kifurushi kwenye Mipangilio ili kupata masasisho</translation>
    </message>
    <message>
        <location filename="../ui/library/library_browser.py" line="131"/>
        <source>Nothing found for “%1”.</source>
        <extracomment>titles longer than this are shortened in the grid (whole in the tooltip and details) room below the tallest label in a grid cell labels are measured this many pixels narrower than their cell the cover page a grid cell shows (a Page, or None) what the search box holds (stripped); &quot;&quot; = browsing the query whose results are listed (&quot;&quot; = the browse list) decoded covers by page; pages asked for and not delivered yet</extracomment>
        <translation>Hakuna kilichopatikana kwa “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_browser.py" line="140"/>
        <source>page %1</source>
        <translation>ukurasa %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_browser.py" line="273"/>
        <source>Cover of %1</source>
        <translation>Jalada la %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="94"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="97"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="79"/>
        <source>Photobook</source>
        <translation>Kitabu cha picha</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="80"/>
        <source>Publication</source>
        <translation>Andiko</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="81"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="82"/>
        <source>Newsletter</source>
        <translation>Jarida</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="83"/>
        <source>Link</source>
        <translation>Kiungo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="133"/>
        <source>Download (%1 MB)</source>
        <extracomment>the item chosen in the list: (pack, item, language, page)</extracomment>
        <translation>Pakua (%1 MB)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="144"/>
        <source>You are offline.</source>
        <translation>Uko nje ya mtandao.</translation>
    </message>
    <message>
        <location filename="../ui/library/viewers.py" line="97"/>
        <source>This publication cannot be shown here; try the system viewer.</source>
        <translation>Andiko hili haliwezi kuonyeshwa hapa; jaribu kitazamaji cha mfumo.</translation>
    </message>
    <message>
        <location filename="../ui/library/viewers.py" line="125"/>
        <source>For your safety, this kind of file is not opened outside the app.</source>
        <translation>Kwa usalama wako, aina hii ya faili haifunguliwi nje ya programu.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="140"/>
        <source>No pack address yet: set it in Settings → Library, or import a pack from a USB stick.</source>
        <extracomment>what to run again when the user accepts an unknown publisher&apos;s key</extracomment>
        <translation>Bado hakuna anwani ya kifurushi: iweke kwenye Mipangilio → Maktaba, au ingiza kifurushi kutoka kwenye USB.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="165"/>
        <location filename="../ui/library/pack_jobs.py" line="190"/>
        <source>Checking for a new pack…</source>
        <translation>Inatafuta kifurushi kipya…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="197"/>
        <source>%1 of %2 MB</source>
        <translation>%1 kati ya %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="203"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="208"/>
        <source>less than a minute left</source>
        <translation>imebaki chini ya dakika moja</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="215"/>
        <source>Installing the new pack…</source>
        <translation>Inasakinisha kifurushi kipya…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="223"/>
        <source>The pack is up to date (version %1).</source>
        <translation>Kifurushi ni cha kisasa (toleo %1).</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="230"/>
        <source>Pack version %1 installed (%2 MB downloaded).</source>
        <translation>Toleo %1 la kifurushi limesakinishwa (%2 MB zimepakuliwa).</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="271"/>
        <source>Downloaded.</source>
        <translation>Imepakuliwa.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="280"/>
        <source>Pack folder</source>
        <translation>Folda ya kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="285"/>
        <source>Pack archive</source>
        <translation>Faili la zip la kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="287"/>
        <location filename="../ui/library/pack_jobs.py" line="297"/>
        <source>Zip archives (*.zip)</source>
        <translation>Faili za zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="291"/>
        <source>Export into folder</source>
        <translation>Hamisha kwenda kwenye folda</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="295"/>
        <source>Export to archive</source>
        <translation>Hamisha kwenda kwenye faili la zip</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="304"/>
        <source>Checking the pack…</source>
        <translation>Inakagua kifurushi…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="317"/>
        <source>Pack %1 version %2 installed.</source>
        <translation>Kifurushi %1 toleo %2 kimesakinishwa.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="329"/>
        <source>Exporting…</source>
        <translation>Inahamisha…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="341"/>
        <source>Exported to %1.</source>
        <translation>Imehamishwa kwenda %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="19"/>
        <source>Clear the search</source>
        <translation>Futa utafutaji</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="20"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <location filename="../ui/live/status_text.py" line="64"/>
        <source>starting…</source>
        <translation>inaanza…</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="65"/>
        <source>live</source>
        <translation>moja kwa moja</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="66"/>
        <source>polling every %1 s</source>
        <translation>inaangalia kila sekunde %1</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="69"/>
        <source>waiting for the rate limit until %1</source>
        <translation>inasubiri kikomo cha maombi hadi %1</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="72"/>
        <source>offline</source>
        <translation>nje ya mtandao</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="73"/>
        <source>login needed</source>
        <translation>inahitaji kuingia</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="74"/>
        <source>error</source>
        <translation>hitilafu</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="75"/>
        <source>paused while the window is hidden</source>
        <translation>imesimama wakati dirisha limefichwa</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="76"/>
        <source>off</source>
        <translation>imezimwa</translation>
    </message>
    <message>
        <location filename="../ui/live/filters.py" line="86"/>
        <source>All networks</source>
        <translation>Mitandao yote</translation>
    </message>
    <message>
        <location filename="../ui/live/filters.py" line="100"/>
        <source>All languages</source>
        <translation>Lugha zote</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="278"/>
        <source>%Ln new posts — show</source>
        <extracomment>settings that change which sources are read (the sources are rebuilt) sources were unreachable (or the computer offline) at the last state change what was last announced to screen readers (polite, only when the count changes) the event&apos;s time zone, for the chart&apos;s hours (read on a worker at start)</extracomment>
        <translation>
            <numerusform>Chapisho %Ln jipya — onyesha</numerusform>
            <numerusform>Machapisho %Ln mapya — onyesha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="282"/>
        <source>%Ln new posts</source>
        <translation>
            <numerusform>Chapisho %Ln jipya</numerusform>
            <numerusform>Machapisho %Ln mapya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="49"/>
        <source>Content warning: %1</source>
        <translation>Tahadhari ya maudhui: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="51"/>
        <source>no description</source>
        <translation>hakuna maelezo</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="61"/>
        <location filename="../ui/live/post_actions.py" line="205"/>
        <source>Open the original</source>
        <translation>Fungua chapisho asili</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="88"/>
        <location filename="../ui/live/status_text.py" line="176"/>
        <location filename="../ui/live/widget.py" line="333"/>
        <source>No sources are set up.</source>
        <translation>Hakuna vyanzo vilivyowekwa.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="122"/>
        <source>Offline since %1 — showing the last posts saved on this computer.</source>
        <translation>Nje ya mtandao tangu %1 — yanaonyeshwa machapisho ya mwisho yaliyohifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="125"/>
        <source>Offline — showing the posts saved on this computer.</source>
        <translation>Nje ya mtandao — yanaonyeshwa machapisho yaliyohifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="164"/>
        <source>Loading saved posts…</source>
        <translation>Inapakia machapisho yaliyohifadhiwa…</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="167"/>
        <source>No post matches these filters.</source>
        <translation>Hakuna chapisho linalolingana na vichujio hivi.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="436"/>
        <source>Nobody yet.</source>
        <translation>Bado hakuna mtu.</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="153"/>
        <source>Link copied.</source>
        <extracomment>the notice goes after a while, as a social client&apos;s does</extracomment>
        <translation>Kiungo kimenakiliwa.</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="169"/>
        <source>@%1 is muted.</source>
        <translation>@%1 amenyamazishwa.</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="206"/>
        <source>Copy link</source>
        <translation>Nakili kiungo</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="207"/>
        <source>Share in a new post…</source>
        <translation>Shiriki katika chapisho jipya…</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="209"/>
        <source>Mute @%1</source>
        <translation>Nyamazisha @%1</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="168"/>
        <source>Clear the search and filters to see every post again.</source>
        <translation>Futa utafutaji na vichujio ili kuona kila chapisho tena.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="171"/>
        <source>Clear the filters</source>
        <translation>Futa vichujio</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="177"/>
        <source>Add a Mastodon server or turn Bluesky on under Settings → Live posts, or add an account under Accounts.</source>
        <translation>Ongeza seva ya Mastodon au washa Bluesky katika Mipangilio → Machapisho hai, au ongeza akaunti katika Akaunti.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="185"/>
        <source>The sources need a login.</source>
        <translation>Vyanzo vinahitaji kuingia.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="186"/>
        <source>Some servers, and Bluesky, show hashtags only to people logged in. Add your account under Accounts and the posts appear here.</source>
        <translation>Baadhi ya seva, na Bluesky, huonyesha hashtag kwa walioingia tu. Ongeza akaunti yako katika Akaunti na machapisho yataonekana hapa.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="191"/>
        <source>Open Accounts</source>
        <translation>Fungua Akaunti</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="196"/>
        <source>No posts saved on this computer yet.</source>
        <translation>Bado hakuna machapisho yaliyohifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="197"/>
        <source>The sources cannot be reached now. Posts appear here as soon as the connection comes back; meanwhile you can write a post in Compose: it waits in the outbox.</source>
        <translation>Vyanzo havifikiki sasa. Machapisho yataonekana hapa mara muunganisho utakaporudi; kwa sasa unaweza kuandika chapisho katika Andika: litasubiri kwenye kikasha toezi.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="203"/>
        <location filename="../ui/live/status_text.py" line="213"/>
        <source>Write a post</source>
        <translation>Andika chapisho</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="207"/>
        <source>No posts yet.</source>
        <translation>Bado hakuna machapisho.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="208"/>
        <source>New posts with the event&apos;s hashtags appear here as they are published. Be the first: write one in Compose.</source>
        <translation>Machapisho mapya yenye hashtag za tukio yataonekana hapa yanapochapishwa. Kuwa wa kwanza: andika moja katika Andika.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="415"/>
        <source>Following %1</source>
        <translation>Unafuatilia %1</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="415"/>
        <source>Live posts</source>
        <translation>Machapisho hai</translation>
    </message>
</context>
<context>
    <name>LiveSettingsPage</name>
    <message>
        <location filename="../ui/live/settings_page.py" line="56"/>
        <source>Mastodon &amp;instances (one per line):</source>
        <translation>&amp;Seva za Mastodon (moja kwa kila mstari):</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="57"/>
        <source>E&amp;xtra hashtags:</source>
        <translation>&amp;Hashtag za ziada:</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="58"/>
        <source>Mute &amp;words (one per line):</source>
        <translation>Nyamazisha &amp;maneno (moja kwa kila mstari):</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="59"/>
        <source>Mute &amp;accounts (one per line):</source>
        <translation>Nyamazisha &amp;akaunti (moja kwa kila mstari):</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="60"/>
        <location filename="../ui/live/settings_page.py" line="63"/>
        <source>Read Bluesky</source>
        <translation>Soma Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="61"/>
        <source>Data saver: text only, load pictures on click</source>
        <translation>Okoa data: maandishi tu, picha hupakiwa ukibofya</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="62"/>
        <source>Mastodon instances</source>
        <translation>Seva za Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="64"/>
        <source>Extra hashtags</source>
        <translation>Hashtag za ziada</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="65"/>
        <source>Muted words</source>
        <translation>Maneno yaliyonyamazishwa</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="66"/>
        <source>Muted accounts</source>
        <translation>Akaunti zilizonyamazishwa</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="69"/>
        <source>Live</source>
        <translation>Moja kwa moja</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="89"/>
        <source>Not used (not a web address): %1</source>
        <translation>Haitumiki (si anwani ya wavuti): %1</translation>
    </message>
</context>
<context>
    <name>LiveStatusWords</name>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="27"/>
        <source>%n of %1 source(s) answering</source>
        <translation>
            <numerusform>%n kati ya vyanzo %1 kinajibu</numerusform>
            <numerusform>%n kati ya vyanzo %1 vinajibu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="30"/>
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n hakifikiki</numerusform>
            <numerusform>%n havifikiki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="33"/>
        <source>%n source(s) unreachable</source>
        <translation>
            <numerusform>Chanzo %n hakifikiki</numerusform>
            <numerusform>Vyanzo %n havifikiki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="36"/>
        <source>%n source(s) unreachable since %1</source>
        <translation>
            <numerusform>Chanzo %n hakifikiki tangu %1</numerusform>
            <numerusform>Vyanzo %n havifikiki tangu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="39"/>
        <source>next try in %n s</source>
        <translation>
            <numerusform>jaribio lijalo baada ya sek %n</numerusform>
            <numerusform>jaribio lijalo baada ya sek %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="42"/>
        <source>next try in %n min</source>
        <translation>
            <numerusform>jaribio lijalo baada ya dak %n</numerusform>
            <numerusform>jaribio lijalo baada ya dak %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="45"/>
        <source>%n need(s) a login</source>
        <translation>
            <numerusform>%n kinahitaji kuingia</numerusform>
            <numerusform>%n vinahitaji kuingia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="48"/>
        <source>%n source(s) need a login: add the account under Accounts</source>
        <translation>
            <numerusform>Chanzo %n kinahitaji kuingia: ongeza akaunti katika Akaunti</numerusform>
            <numerusform>Vyanzo %n vinahitaji kuingia: ongeza akaunti katika Akaunti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <location filename="../ui/live/view.py" line="373"/>
        <location filename="../ui/live/view.py" line="374"/>
        <source>Search loaded posts</source>
        <extracomment>below this width (logical pixels) the view is one column below this width the post actions take two rows (a narrower side pane)</extracomment>
        <translation>Tafuta katika machapisho yaliyopakiwa</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="377"/>
        <source>Network</source>
        <translation>Mtandao</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="379"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="380"/>
        <source>Media only</source>
        <translation>Picha na video tu</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="381"/>
        <source>Show only posts with media</source>
        <translation>Onyesha machapisho yenye picha au video tu</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="382"/>
        <source>Hide reposts</source>
        <translation>Ficha machapisho yaliyoshirikiwa upya</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="383"/>
        <source>Posts</source>
        <translation>Machapisho</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="384"/>
        <source>Selected post</source>
        <translation>Chapisho lililochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="385"/>
        <source>Select a post to read it in full.</source>
        <translation>Chagua chapisho ulisome lote.</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="389"/>
        <source>Share in a new post…</source>
        <translation>Shiriki katika chapisho jipya…</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="401"/>
        <source>Share the selected post in a new post</source>
        <translation>Shiriki chapisho lililochaguliwa katika chapisho jipya</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="402"/>
        <location filename="../ui/live/view.py" line="403"/>
        <source>Posts per hour</source>
        <translation>Machapisho kwa saa</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="404"/>
        <source>Top contributors</source>
        <translation>Wachangiaji wakuu</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="405"/>
        <source>Sources</source>
        <translation>Vyanzo</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="407"/>
        <location filename="../ui/live/view.py" line="408"/>
        <source>State of each source</source>
        <translation>Hali ya kila chanzo</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="409"/>
        <source>Connection state</source>
        <translation>Hali ya muunganisho</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="375"/>
        <source>Clear the search</source>
        <translation>Futa utafutaji</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="376"/>
        <source>&amp;Network:</source>
        <translation>&amp;Mtandao:</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="378"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="386"/>
        <source>← Back to the posts</source>
        <translation>← Rudi kwenye machapisho</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="387"/>
        <source>Back from the post to the list (narrow windows)</source>
        <translation>Rudi kutoka kwenye chapisho hadi orodha (madirisha membamba)</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="388"/>
        <source>Share…</source>
        <translation>Shiriki…</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="390"/>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="391"/>
        <source>Open the original in the browser</source>
        <translation>Fungua asili kwenye kivinjari</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="393"/>
        <source>Copy link</source>
        <translation>Nakili kiungo</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="394"/>
        <source>Copy the link to the selected post</source>
        <translation>Nakili kiungo cha chapisho lililochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="395"/>
        <source>Pictures</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="396"/>
        <source>View the pictures large</source>
        <translation>Tazama picha kwa ukubwa</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="398"/>
        <source>Mute</source>
        <translation>Nyamazisha</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="399"/>
        <source>Mute the author: hide their posts</source>
        <translation>Nyamazisha mwandishi: ficha machapisho yake</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="410"/>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="411"/>
        <location filename="../ui/live/view.py" line="413"/>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="412"/>
        <location filename="../ui/live/view.py" line="414"/>
        <source>Show the state of each source</source>
        <translation>Onyesha hali ya kila chanzo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="131"/>
        <source>Welcome! Everything here works offline: the countdown, your drafts and the library. Add your accounts under Accounts when you have a connection.</source>
        <extracomment>areas built at start even when another one is shown: the countdown owns the reminders, which must fire whichever area the user left open the sidebar shows icons only; ``_rail_chosen`` once the user picked it the end of the app however it comes: a Windows logoff closes no window</extracomment>
        <translation>Karibu! Kila kitu hapa kinafanya kazi nje ya mtandao: kuhesabu muda, rasimu zako na maktaba. Ongeza akaunti zako chini ya Akaunti ukiwa na mtandao.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="197"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Mipangilio…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="199"/>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="202"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Skrini nzima</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>M&amp;saada</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="205"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="206"/>
        <source>&amp;About shareASM Companion</source>
        <translation>&amp;Kuhusu shareASM Companion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Areas</source>
        <translation>Maeneo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Choose what to show</source>
        <translation>Chagua cha kuonyesha</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="282"/>
        <source>Checking connection…</source>
        <translation>Inaangalia mtandao…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="292"/>
        <source>● Online</source>
        <translation>● Mtandaoni</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="294"/>
        <source>○ Offline — working from saved data</source>
        <translation>○ Nje ya mtandao — inatumia data iliyohifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="307"/>
        <source>Network state: %1</source>
        <translation>Hali ya mtandao: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="369"/>
        <source>About shareASM Companion</source>
        <translation>Kuhusu shareASM Companion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="371"/>
        <source>&lt;h3&gt;shareASM Companion %1&lt;/h3&gt;&lt;p&gt;A companion for IIED&apos;s #shareASM digital day on artisanal and small-scale mining: countdown, live posts, offline composing and the programme library.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;shareASM Companion %1&lt;/h3&gt;&lt;p&gt;Programu saidizi kwa siku ya kidijitali ya #shareASM ya IIED kuhusu uchimbaji mdogo wa madini (ASM): kuhesabu muda, machapisho mubashara, kuandika nje ya mtandao na maktaba ya nyenzo.&lt;/p&gt;&lt;p&gt;Leseni: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <location filename="../ui/main_window.py" line="405"/>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="196"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Hamisha ripoti…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="203"/>
        <source>Collapse the &amp;sidebar</source>
        <translation>Kunja &amp;upau wa kando</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="284"/>
        <source>Connection check off</source>
        <translation>Ukaguzi wa muunganisho umezimwa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="287"/>
        <source>⚠ This network needs you to sign in</source>
        <translation>⚠ Mtandao huu unahitaji uingie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="290"/>
        <source>◐ Connected, but %n server(s) not answering</source>
        <translation>
            <numerusform>◐ Imeunganishwa, lakini seva %n haijibu</numerusform>
            <numerusform>◐ Imeunganishwa, lakini seva %n hazijibu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="309"/>
        <source>Open the sign-in page</source>
        <translation>Fungua ukurasa wa kuingia</translation>
    </message>
</context>
<context>
    <name>MastodonDialog</name>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="121"/>
        <source>Add a Mastodon account</source>
        <extracomment>how long the app waits for the browser to come back</extracomment>
        <translation>Ongeza akaunti ya Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="122"/>
        <source>&amp;Instance:</source>
        <translation>&amp;Seva (instance):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="123"/>
        <source>Mastodon instance address</source>
        <translation>Anwani ya seva ya Mastodon (instance)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="124"/>
        <source>Ways to log in</source>
        <translation>Njia za kuingia</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="125"/>
        <source>Log in with the browser</source>
        <translation>Ingia kupitia kivinjari</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="126"/>
        <source>Paste a code</source>
        <translation>Bandika msimbo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="127"/>
        <source>Paste an access token</source>
        <translation>Bandika tokeni ya ufikiaji</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="130"/>
        <source>Your web browser opens your instance&apos;s login page. Log in there and choose Authorize; the app receives the login by itself. It may only read and publish posts and media, nothing else.</source>
        <translation>Kivinjari chako kitafungua ukurasa wa kuingia wa seva yako. Ingia hapo na uchague Authorize; programu itapokea taarifa za kuingia yenyewe. Inaruhusiwa tu kusoma na kuchapisha machapisho na picha/video, si kingine.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="135"/>
        <source>&amp;Open the login page</source>
        <translation>&amp;Fungua ukurasa wa kuingia</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="136"/>
        <source>Open the login page in the browser</source>
        <translation>Fungua ukurasa wa kuingia kwenye kivinjari</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="139"/>
        <source>If the browser cannot come back to the app, your instance can show a code instead: open the page, authorize, then paste the code here.</source>
        <translation>Kivinjari kisipoweza kurudi kwenye programu, seva yako inaweza kuonyesha msimbo badala yake: fungua ukurasa, idhinisha, kisha bandika msimbo hapa.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="143"/>
        <source>Open the page that shows a &amp;code</source>
        <translation>Fungua ukurasa wenye &amp;msimbo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="144"/>
        <source>Open the page that shows a login code</source>
        <translation>Fungua ukurasa unaoonyesha msimbo wa kuingia</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="145"/>
        <source>Co&amp;de:</source>
        <translation>Msim&amp;bo:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="146"/>
        <source>Login code</source>
        <translation>Msimbo wa kuingia</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="147"/>
        <source>&amp;Log in with this code</source>
        <translation>&amp;Ingia kwa msimbo huu</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="148"/>
        <source>Log in with this code</source>
        <translation>Ingia kwa msimbo huu</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="151"/>
        <source>On your instance, open Preferences → Development → New application, tick profile (or read:accounts), read:statuses, write:statuses and write:media, save, and copy “Your access token” here.</source>
        <translation>Kwenye seva yako, fungua Preferences → Development → New application, weka alama kwenye profile (au read:accounts), read:statuses, write:statuses na write:media, hifadhi, kisha nakili “Your access token” hapa.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="156"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Tokeni ya ufikiaji:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="157"/>
        <source>Access token</source>
        <translation>Tokeni ya ufikiaji</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="158"/>
        <source>&amp;Add with this token</source>
        <translation>&amp;Ongeza kwa tokeni hii</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="159"/>
        <source>Add the account with this access token</source>
        <translation>Ongeza akaunti kwa tokeni hii ya ufikiaji</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="176"/>
        <source>Preparing the login…</source>
        <translation>Inaandaa kuingia…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="192"/>
        <source>Waiting for the browser… Log in and choose Authorize on the page.</source>
        <translation>Inasubiri kivinjari… Ingia na uchague Authorize kwenye ukurasa.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="218"/>
        <source>Paste the code the page shows, then choose Log in.</source>
        <translation>Bandika msimbo unaoonyeshwa na ukurasa, kisha uchague Ingia.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="225"/>
        <source>First open the page that shows a code.</source>
        <translation>Kwanza fungua ukurasa unaoonyesha msimbo.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="238"/>
        <source>Checking the token…</source>
        <translation>Inakagua tokeni…</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../ui/live/media_viewer.py" line="124"/>
        <location filename="../ui/live/media_viewer.py" line="130"/>
        <location filename="../ui/live/media_viewer.py" line="131"/>
        <location filename="../ui/live/media_viewer.py" line="319"/>
        <source>Picture</source>
        <extracomment>the largest size a picture is decoded to (memory stays bounded) urls that could not be loaded: said so, not &quot;Loading…&quot; for ever</extracomment>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="125"/>
        <source>◀ Previous</source>
        <translation>◀ Iliyotangulia</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="126"/>
        <source>Next ▶</source>
        <translation>Inayofuata ▶</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="127"/>
        <source>Load the full picture</source>
        <translation>Pakia picha kamili</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="128"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="134"/>
        <location filename="../ui/live/media_viewer.py" line="136"/>
        <source>Next picture</source>
        <translation>Picha inayofuata</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="133"/>
        <location filename="../ui/live/media_viewer.py" line="137"/>
        <source>Previous picture</source>
        <translation>Picha iliyotangulia</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="138"/>
        <source>Zoom in</source>
        <translation>Kuza</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="139"/>
        <source>Zoom out</source>
        <translation>Punguza</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="140"/>
        <source>Fit the picture to the window</source>
        <translation>Tosheleza picha kwenye dirisha</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="225"/>
        <source>%1 of %2</source>
        <translation>%1 kati ya %2</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="234"/>
        <source>Description: %1</source>
        <translation>Maelezo: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="236"/>
        <source>The author gave no description of this picture.</source>
        <translation>Mwandishi hakutoa maelezo ya picha hii.</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="312"/>
        <source>The picture could not be loaded.</source>
        <translation>Picha haikuweza kupakiwa.</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="314"/>
        <source>Loading the picture…</source>
        <translation>Inapakia picha…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/message_bar.py" line="40"/>
        <source>Copy report</source>
        <translation>Nakili ripoti</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="41"/>
        <source>Copy the error report</source>
        <translation>Nakili ripoti ya hitilafu</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="42"/>
        <source>Dismiss</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="43"/>
        <source>Dismiss this message</source>
        <translation>Funga ujumbe huu</translation>
    </message>
</context>
<context>
    <name>NetworkPreview</name>
    <message>
        <location filename="../ui/compose/preview.py" line="71"/>
        <source>Content warning: %1</source>
        <translation>Onyo la maudhui: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="77"/>
        <source>%1 has no content warning: the text is shown openly.</source>
        <translation>%1 haina onyo la maudhui: maandishi yanaonyeshwa wazi.</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="85"/>
        <source>Post %1 of %2 · %3 / %4</source>
        <translation>Chapisho %1 kati ya %2 · %3 / %4</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="120"/>
        <source>Nothing to post yet.</source>
        <translation>Bado hakuna cha kuchapisha.</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="122"/>
        <source>Choose where to post.</source>
        <translation>Chagua mahali pa kuchapisha.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="140"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>chapisho %n</numerusform>
            <numerusform>machapisho %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="31"/>
        <source>Queued</source>
        <translation>Kwenye foleni</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="32"/>
        <source>Sending…</source>
        <translation>Inatuma…</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="33"/>
        <source>Sent</source>
        <translation>Imetumwa</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="34"/>
        <source>Scheduled on server</source>
        <translation>Imepangwa kwenye seva</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="35"/>
        <source>Failed</source>
        <translation>Imeshindikana</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="36"/>
        <source>Needs login</source>
        <translation>Inahitaji kuingia</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="139"/>
        <source>waits until %1 (the app must be running and online then)</source>
        <translation>inasubiri hadi %1 (programu lazima iwe wazi na mtandaoni wakati huo)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="144"/>
        <source>%1 — next try %2</source>
        <translation>%1 — jaribio lijalo %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="174"/>
        <source>%1, %2. Posts are kept here until they are out.</source>
        <translation>%1, %2. Yanabaki hapa hadi yatumwe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="179"/>
        <source>%Ln waiting to be sent</source>
        <translation>
            <numerusform>Chapisho %Ln linasubiri kutumwa</numerusform>
            <numerusform>Machapisho %Ln yanasubiri kutumwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="183"/>
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln linahitaji uangalizi</numerusform>
            <numerusform>%Ln yanahitaji uangalizi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="198"/>
        <source>Part %1 of %2</source>
        <translation>Sehemu %1 kati ya %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="37"/>
        <source>Published early</source>
        <translation>Imechapishwa mapema</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="38"/>
        <source>Needs editing</source>
        <translation>Inahitaji kuhaririwa</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="134"/>
        <source>will be sent by this computer at %1 (the app must be running and online then)</source>
        <translation>itatumwa na kompyuta hii saa %1 (programu lazima iwe inaendeshwa na mtandaoni wakati huo)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="106"/>
        <source>Sent: %1</source>
        <translation>Imetumwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="108"/>
        <source>Not sent: %1</source>
        <translation>Haijatumwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="72"/>
        <source>queued %1</source>
        <extracomment>the long explanation shown under the list for the selected row</extracomment>
        <translation>imepangwa %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="80"/>
        <source>to be posted %1</source>
        <translation>itachapishwa %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="87"/>
        <source>sent %1</source>
        <translation>imetumwa %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="39"/>
        <location filename="../ui/compose/outbox_rows.py" line="99"/>
        <source>Ready: open X</source>
        <translation>Tayari: fungua X</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="115"/>
        <source>waits for the post before it on this account (%1)</source>
        <translation>inasubiri chapisho lililotangulia kwenye akaunti hii (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="102"/>
        <source>Ready to post on the X website: %1</source>
        <extracomment>(draft id, outbox item id): take this post back into the editor</extracomment>
        <translation>Tayari kuchapishwa kwenye tovuti ya X: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="187"/>
        <source>%Ln ready for you to post on the X website.</source>
        <translation>
            <numerusform>%Ln iko tayari uichapishe kwenye tovuti ya X.</numerusform>
            <numerusform>%Ln ziko tayari uzichapishe kwenye tovuti ya X.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="100"/>
        <source>Post it yourself on the X website: one link per part</source>
        <translation>Ichapishe mwenyewe kwenye tovuti ya X: kiungo kimoja kwa kila sehemu</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="104"/>
        <source>The app has no posting rights on X. Select each part in turn and press Open link; post the second and later parts as replies to the first. Then press Mark as posted.</source>
        <translation>Programu haina ruhusa ya kuchapisha kwenye X. Chagua kila sehemu kwa zamu na ubonyeze Fungua kiungo; chapisha sehemu ya pili na zinazofuata kama majibu kwa ya kwanza. Kisha bonyeza Weka alama imechapishwa.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="67"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="68"/>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="69"/>
        <source>Post</source>
        <translation>Chapisho</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="70"/>
        <source>Parts</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="71"/>
        <source>Link or reason</source>
        <translation>Kiungo au sababu</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="74"/>
        <source>Outbox</source>
        <translation>Kikasha toezi</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="75"/>
        <source>Send now</source>
        <translation>Tuma sasa</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="77"/>
        <source>Try sending everything now</source>
        <translation>Jaribu kutuma yote sasa</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="79"/>
        <source>Retry</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="81"/>
        <source>Retry the selected post</source>
        <translation>Rudia kutuma chapisho lililochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="83"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="85"/>
        <source>Remove the selected post from the outbox</source>
        <translation>Ondoa chapisho lililochaguliwa kwenye kikasha toezi</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="87"/>
        <source>Edit</source>
        <translation>Hariri</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="89"/>
        <source>Take the selected post out of the outbox and edit it</source>
        <translation>Toa chapisho lililochaguliwa kwenye kikasha toezi na ulihariri</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="93"/>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="100"/>
        <source>Open link</source>
        <translation>Fungua kiungo</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="102"/>
        <source>Open the published post</source>
        <translation>Fungua chapisho lililochapishwa</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="94"/>
        <source>Mark as posted</source>
        <translation>Weka alama imechapishwa</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="96"/>
        <source>You posted the selected post on the X website: mark it as sent</source>
        <translation>Umechapisha chapisho lililochaguliwa kwenye tovuti ya X: liweke alama kuwa limetumwa</translation>
    </message>
</context>
<context>
    <name>PackJobs</name>
    <message numerus="yes">
        <location filename="../ui/library/pack_jobs.py" line="212"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>imebaki takriban dakika %Ln</numerusform>
            <numerusform>zimebaki takriban dakika %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotobookViewer</name>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="129"/>
        <source>← Library</source>
        <extracomment>keys -&gt; the viewer&apos;s method that answers them (Esc, F5 and F11 are the viewer&apos;s own)</extracomment>
        <translation>← Maktaba</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="133"/>
        <source>Back to the library</source>
        <translation>Rudi kwenye maktaba</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="135"/>
        <source>◀ Previous</source>
        <translation>◀ Nyuma</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="139"/>
        <source>Previous page</source>
        <translation>Ukurasa uliotangulia</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="141"/>
        <source>Next ▶</source>
        <translation>Mbele ▶</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="145"/>
        <source>Next page</source>
        <translation>Ukurasa unaofuata</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="147"/>
        <source>Fit</source>
        <translation>Tosheleza</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="149"/>
        <source>Fit the page to the window</source>
        <translation>Tosheleza ukurasa kwenye dirisha</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="151"/>
        <source>Zoom +</source>
        <translation>Kuza +</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="152"/>
        <source>Zoom in</source>
        <translation>Kuza</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="153"/>
        <source>Zoom −</source>
        <translation>Punguza −</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="154"/>
        <source>Zoom out</source>
        <translation>Punguza</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="156"/>
        <source>Leave presentation</source>
        <translation>Acha wasilisho</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="158"/>
        <source>Present</source>
        <translation>Wasilisha</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="163"/>
        <source>Presentation mode (full screen)</source>
        <translation>Hali ya wasilisho (skrini nzima)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="166"/>
        <source>F5 or F11; Esc to leave</source>
        <translation>F5 au F11; Esc kuondoka</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="168"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="170"/>
        <source>Actual size (drag to move the page)</source>
        <translation>Ukubwa halisi (buruta kusogeza ukurasa)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="173"/>
        <source>1; drag the page to move it</source>
        <translation>1; buruta ukurasa kuusogeza</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="177"/>
        <source>Show the row of pages</source>
        <translation>Onyesha safu ya kurasa</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="180"/>
        <source>T shows or hides the row of pages</source>
        <translation>T inaonyesha au kuficha safu ya kurasa</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="184"/>
        <source>Show the caption</source>
        <translation>Onyesha maelezo ya picha</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="187"/>
        <source>C shows or hides the caption</source>
        <translation>C inaonyesha au kuficha maelezo ya picha</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="190"/>
        <source>Send to composer</source>
        <translation>Tumia katika chapisho</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="192"/>
        <source>Start a post about this page</source>
        <translation>Anza chapisho kuhusu ukurasa huu</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="111"/>
        <location filename="../ui/library/photobook.py" line="292"/>
        <source>Photobook page</source>
        <extracomment>the zoom index meaning &quot;100 %&quot;: one image pixel on one screen pixel a box larger than any page: decoding never enlarges, so this gives the page&apos;s own size the facing page&apos;s request in a two-page spread width / height of the last page decoded (0: not known yet) the thumbnails asked for the edition shown (others are stale: dropped)</extracomment>
        <translation>Ukurasa wa kitabu cha picha</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="112"/>
        <location filename="../ui/library/photobook_controls.py" line="182"/>
        <source>Caption</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="113"/>
        <location filename="../ui/library/photobook_controls.py" line="175"/>
        <source>Pages</source>
        <translation>Kurasa</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="195"/>
        <source>Switch language, same page</source>
        <translation>Badilisha lugha, ukurasa uleule</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="238"/>
        <source>Present on screen %1 (%2)</source>
        <translation>Onyesha kwenye skrini %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="247"/>
        <source>Screen for the presentation</source>
        <translation>Skrini ya maonyesho</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="211"/>
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="204"/>
        <source>Pages %1–%2 of %3</source>
        <translation>Kurasa %1–%2 kati ya %3</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="327"/>
        <source>This page cannot be shown (the file is damaged).</source>
        <translation>Ukurasa huu hauwezi kuonyeshwa (faili limeharibika).</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="364"/>
        <location filename="../ui/library/photobook_controls.py" line="274"/>
        <source>page %1</source>
        <translation>ukurasa %1</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../ui/live/delegate.py" line="96"/>
        <source>Image</source>
        <extracomment>a run of characters without a space</extracomment>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="97"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="98"/>
        <source>Animation</source>
        <translation>Uhuishaji</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="99"/>
        <source>Audio</source>
        <translation>Sauti</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="100"/>
        <source>Link</source>
        <translation>Kiungo</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="102"/>
        <source>Attachment</source>
        <translation>Kiambatisho</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="159"/>
        <location filename="../ui/live/post_model.py" line="62"/>
        <source>Reposted by @%1</source>
        <extracomment>the app&apos;s clock, for relative times (&quot;5 min&quot;); absolute times without it posts whose media the user asked for in data-saver mode a text block as drawn (with break opportunities) and its height, per width: measured for the row&apos;s size, reused when it is painted (issue 19) the fonts and metrics worked out from the view&apos;s font (issue 19: four QFont and QFontMetrics made per row painted) where each post&apos;s pictures were last painted (viewport coordinates), and which of its media each one shows: a click there opens the media viewer</extracomment>
        <translation>Imeshirikiwa upya na @%1</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="163"/>
        <source>Content warning: %1 (click to show)</source>
        <translation>Tahadhari ya maudhui: %1 (bofya kuonyesha)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="170"/>
        <location filename="../ui/live/post_model.py" line="75"/>
        <source>Content warning: %1</source>
        <translation>Tahadhari ya maudhui: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="180"/>
        <location filename="../ui/live/post_model.py" line="40"/>
        <source>no description</source>
        <extracomment>rows handed to the view first (Qt&apos;s ``canFetchMore``/``fetchMore``, asked when the reader scrolls to the end): the view measures and lays out only the rows it has, so 10,000 posts cost no more to show than a screenful (issue 19)</extracomment>
        <translation>hakuna maelezo</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="183"/>
        <source>%1 marked sensitive (click to show)</source>
        <translation>%1 imewekwa alama ya nyeti (bofya kuonyesha)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="189"/>
        <source>▸ %1: %2 (click to load the picture)</source>
        <translation>▸ %1: %2 (bofya kupakia picha)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="308"/>
        <source>edited</source>
        <translation>imehaririwa</translation>
    </message>
    <message>
        <location filename="../ui/live/post_model.py" line="53"/>
        <source>%1 (@%2) on %3, %4</source>
        <translation>%1 (@%2) kwenye %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/live/post_model.py" line="68"/>
        <source>Content warning: %1 (text hidden, press Enter to show)</source>
        <translation>Onyo la maudhui: %1 (maandishi yamefichwa, bonyeza Enter kuyaonyesha)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="474"/>
        <source>ALT</source>
        <extracomment>a colour never drawn with (the row is only measured) the flags and roles a row is painted with, looked up once: each Qt enum member read or combined costs ~0.3–1 µs in Python, dozens of them a row (issue 19) (metrics, text, width) → the text elided to the width and its advance: the header&apos;s names, handles, badges and times repeat from row to row (issue 19: ~20 µs of every row painted)</extracomment>
        <translation>ALT</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message numerus="yes">
        <location filename="../ui/live/post_model.py" line="138"/>
        <source>%n picture(s)</source>
        <extracomment>how many of ``_rows`` the view has been given uris whose content warning was opened / sensitive media revealed</extracomment>
        <translation>
            <numerusform>picha %n</numerusform>
            <numerusform>picha %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="65"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>chapisho %n</numerusform>
            <numerusform>machapisho %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="92"/>
        <source>%n picture(s)</source>
        <translation>
            <numerusform>picha %n</numerusform>
            <numerusform>picha %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicationViewer</name>
    <message>
        <location filename="../ui/library/publication.py" line="108"/>
        <source>← Library</source>
        <translation>← Maktaba</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="109"/>
        <source>Back to the library</source>
        <translation>Rudi kwenye maktaba</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="110"/>
        <source>Page number</source>
        <translation>Namba ya ukurasa</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="111"/>
        <source>Zoom −</source>
        <translation>Punguza −</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="112"/>
        <source>Zoom out</source>
        <translation>Punguza</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="113"/>
        <source>Fit width</source>
        <translation>Tosheleza upana</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="114"/>
        <source>Fit the page width</source>
        <translation>Tosheleza upana wa ukurasa</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="115"/>
        <source>Zoom +</source>
        <translation>Kuza +</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="116"/>
        <source>Zoom in</source>
        <translation>Kuza</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="117"/>
        <location filename="../ui/library/publication.py" line="118"/>
        <source>Find in this document</source>
        <translation>Tafuta katika andiko hili</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="119"/>
        <location filename="../ui/library/publication.py" line="120"/>
        <source>Next match</source>
        <translation>Tokeo linalofuata</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="121"/>
        <source>Open with system viewer</source>
        <translation>Fungua kwa kitazamaji cha mfumo</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="122"/>
        <source>Open with the system&apos;s PDF viewer</source>
        <translation>Fungua kwa kitazamaji cha PDF cha mfumo</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="123"/>
        <source>Send to composer</source>
        <translation>Tumia katika chapisho</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="124"/>
        <source>Start a post about this publication</source>
        <translation>Anza chapisho kuhusu andiko hili</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="125"/>
        <source>Publication</source>
        <translation>Andiko</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="152"/>
        <source>of %1</source>
        <translation>kati ya %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/publication.py" line="189"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>tokeo %Ln</numerusform>
            <numerusform>matokeo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="208"/>
        <source>page %1</source>
        <translation>ukurasa %1</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="105"/>
        <source>&amp;Select All</source>
        <translation>&amp;Chagua zote</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="106"/>
        <source>&amp;Step up</source>
        <translation>&amp;Ongeza</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="107"/>
        <source>Step &amp;down</source>
        <translation>&amp;Punguza</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="49"/>
        <source>Look in:</source>
        <translation>Tafuta katika:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="50"/>
        <source>File &amp;name:</source>
        <translation>&amp;Jina la faili:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="51"/>
        <source>Files of type:</source>
        <translation>Faili za aina:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="52"/>
        <source>&amp;Open</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="53"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chagua</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="54"/>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="55"/>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="56"/>
        <source>All Files (*)</source>
        <translation>Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="57"/>
        <source>Directory:</source>
        <translation>Folda:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="58"/>
        <source>Back</source>
        <translation>Nyuma</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="59"/>
        <source>Forward</source>
        <translation>Mbele</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="60"/>
        <source>Parent Directory</source>
        <translation>Folda ya juu</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="61"/>
        <source>Create New Folder</source>
        <translation>Unda folda mpya</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="62"/>
        <source>List View</source>
        <translation>Mwonekano wa orodha</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="63"/>
        <source>Detail View</source>
        <translation>Mwonekano wa kina</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="64"/>
        <source>Go back</source>
        <translation>Rudi nyuma</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="65"/>
        <source>Go forward</source>
        <translation>Nenda mbele</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="66"/>
        <source>Go to the parent directory</source>
        <translation>Nenda kwenye folda ya juu</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="67"/>
        <source>Create a New Folder</source>
        <translation>Unda folda mpya</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="68"/>
        <source>Change to list view mode</source>
        <translation>Badilisha kuwa mwonekano wa orodha</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="69"/>
        <source>Change to detail view mode</source>
        <translation>Badilisha kuwa mwonekano wa kina</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="70"/>
        <source>Recent Places</source>
        <translation>Mahali pa karibuni</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="71"/>
        <source>My Computer</source>
        <translation>Kompyuta yangu</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="72"/>
        <source>New Folder</source>
        <translation>Folda mpya</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="73"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Folda mpya</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="74"/>
        <source>&amp;Rename</source>
        <translation>&amp;Badilisha jina</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="75"/>
        <source>&amp;Delete</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="76"/>
        <source>Show &amp;hidden files</source>
        <translation>Onyesha faili &amp;zilizofichwa</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="77"/>
        <source>Sidebar</source>
        <translation>Upau wa pembeni</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="78"/>
        <source>List of places and bookmarks</source>
        <translation>Orodha ya mahali na alamisho</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="79"/>
        <source>Files</source>
        <translation>Faili</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="80"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="81"/>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="82"/>
        <source>Type</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="83"/>
        <source>Date Modified</source>
        <translation>Tarehe ya kubadilishwa</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="84"/>
        <source>Computer</source>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="85"/>
        <source>My Computer</source>
        <translation>Kompyuta yangu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="90"/>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="92"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kata</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="93"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="94"/>
        <source>&amp;Paste</source>
        <translation>&amp;Bandika</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="95"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="96"/>
        <source>Select All</source>
        <translation>Chagua zote</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="43"/>
        <source>Show Details...</source>
        <translation>Onyesha maelezo...</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="44"/>
        <source>Hide Details...</source>
        <translation>Ficha maelezo...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="23"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="24"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="25"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="26"/>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="27"/>
        <source>Yes to &amp;All</source>
        <translation>Ndiyo kwa &amp;zote</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="28"/>
        <source>N&amp;o to All</source>
        <translation>H&amp;apana kwa zote</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="29"/>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="30"/>
        <source>Save All</source>
        <translation>Hifadhi zote</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="31"/>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="32"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="33"/>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="34"/>
        <source>Don&apos;t Save</source>
        <translation>Usihifadhi</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="35"/>
        <source>Close without Saving</source>
        <translation>Funga bila kuhifadhi</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="36"/>
        <source>Apply</source>
        <translation>Tekeleza</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="37"/>
        <source>Reset</source>
        <translation>Weka upya</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="38"/>
        <source>Restore Defaults</source>
        <translation>Rejesha chaguo-msingi</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="39"/>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="40"/>
        <source>Abort</source>
        <translation>Acha</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="41"/>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="42"/>
        <source>Ignore</source>
        <translation>Puuza</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="108"/>
        <source>Scroll here</source>
        <translation>Sogeza hapa</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="109"/>
        <source>Top</source>
        <translation>Juu</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="110"/>
        <source>Bottom</source>
        <translation>Chini</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="111"/>
        <source>Left edge</source>
        <translation>Ukingo wa kushoto</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="112"/>
        <source>Right edge</source>
        <translation>Ukingo wa kulia</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="113"/>
        <source>Page up</source>
        <translation>Ukurasa juu</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="114"/>
        <source>Page down</source>
        <translation>Ukurasa chini</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="115"/>
        <source>Page left</source>
        <translation>Ukurasa kushoto</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="116"/>
        <source>Page right</source>
        <translation>Ukurasa kulia</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="117"/>
        <source>Scroll up</source>
        <translation>Sogeza juu</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="118"/>
        <source>Scroll down</source>
        <translation>Sogeza chini</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="119"/>
        <source>Scroll left</source>
        <translation>Sogeza kushoto</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="120"/>
        <source>Scroll right</source>
        <translation>Sogeza kulia</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="99"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kata</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="100"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="101"/>
        <source>&amp;Paste</source>
        <translation>&amp;Bandika</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="102"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="103"/>
        <source>Select All</source>
        <translation>Chagua zote</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="104"/>
        <source>Copy &amp;Link Location</source>
        <translation>Nakili &amp;anwani ya kiungo</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <location filename="../ui/live/relative.py" line="19"/>
        <source>%n min</source>
        <translation>
            <numerusform>dak %n</numerusform>
            <numerusform>dak %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/relative.py" line="22"/>
        <source>%n h</source>
        <translation>
            <numerusform>saa %n</numerusform>
            <numerusform>saa %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/relative.py" line="40"/>
        <source>now</source>
        <translation>sasa</translation>
    </message>
    <message>
        <location filename="../ui/live/relative.py" line="49"/>
        <source>yesterday</source>
        <translation>jana</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/live/report.py" line="60"/>
        <source>Period</source>
        <extracomment>the formats ``report --out`` writes, by file extension the CSV columns (stable: spreadsheets and scripts read them by name) the report&apos;s headings (marked here: lupdate does not read inside f-strings)</extracomment>
        <translation>Kipindi</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="61"/>
        <source>Made</source>
        <translation>Imetengenezwa</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="62"/>
        <source>Summary</source>
        <translation>Muhtasari</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="63"/>
        <source>No posts were stored for this period.</source>
        <translation>Hakuna machapisho yaliyohifadhiwa kwa kipindi hiki.</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="64"/>
        <source>Posts per hour</source>
        <translation>Machapisho kwa saa</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="65"/>
        <source>Hour</source>
        <translation>Saa</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="66"/>
        <source>All</source>
        <translation>Zote</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="67"/>
        <source>Top contributors</source>
        <translation>Wachangiaji wakuu</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="68"/>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="69"/>
        <source>Most shared</source>
        <translation>Zilizoshirikiwa zaidi</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="70"/>
        <source>Reposted posts</source>
        <translation>Machapisho yaliyochapishwa upya</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="71"/>
        <source>reposted by</source>
        <translation>imechapishwa upya na</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="72"/>
        <source>Every post</source>
        <translation>Kila chapisho</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="171"/>
        <source>The day&apos;s report</source>
        <translation>Ripoti ya siku</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="198"/>
        <source>Unique posts after dedupe</source>
        <translation>Machapisho ya kipekee baada ya kuondoa nakala</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="199"/>
        <source>Copies read</source>
        <translation>Nakala zilizosomwa</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="201"/>
        <source>Contributors</source>
        <translation>Wachangiaji</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="204"/>
        <source>Networks</source>
        <translation>Mitandao</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="234"/>
        <source>not stated</source>
        <translation>haijatajwa</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../ui/live/export_report.py" line="63"/>
        <source>Export the day&apos;s report</source>
        <translation>Hamisha ripoti ya siku</translation>
    </message>
    <message>
        <location filename="../ui/live/export_report.py" line="65"/>
        <source>PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;Ukurasa wa wavuti (*.html);;Lahajedwali (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/export_report.py" line="87"/>
        <source>The report (%n post(s)) was saved to %1.</source>
        <translation>
            <numerusform>Ripoti (chapisho %n) imehifadhiwa kwenye %1.</numerusform>
            <numerusform>Ripoti (machapisho %n) imehifadhiwa kwenye %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>Settings sections</source>
        <translation>Sehemu za mipangilio</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <location filename="../ui/library/share_panel.py" line="149"/>
        <source>Share at the venue</source>
        <translation>Shiriki ukumbini</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="150"/>
        <source>Share packs with the laptops around you, no internet</source>
        <translation>Shiriki vifurushi na kompyuta zilizo karibu nawe, bila intaneti</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="151"/>
        <location filename="../ui/library/share_panel.py" line="152"/>
        <source>Share my packs on this network</source>
        <translation>Shiriki vifurushi vyangu kwenye mtandao huu</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="128"/>
        <source>Look for nearby shares</source>
        <extracomment>the app&apos;s clock, for the HTTP clients of the LAN</extracomment>
        <translation>Tafuta vifurushi vinavyoshirikiwa karibu</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="130"/>
        <source>Address of a share</source>
        <translation>Anwani ya kompyuta inayoshiriki</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="133"/>
        <source>The address another laptop shows, e.g. 192.168.1.20:8737</source>
        <translation>Anwani inayoonyeshwa na kompyuta nyingine, k.m. 192.168.1.20:8737</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="137"/>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="138"/>
        <source>Add this share</source>
        <translation>Ongeza kompyuta hii</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="139"/>
        <source>Get this pack</source>
        <translation>Pata kifurushi hiki</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="140"/>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="142"/>
        <source>Packs on nearby laptops</source>
        <translation>Vifurushi kwenye kompyuta za karibu</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="153"/>
        <source>QR code of this laptop&apos;s share address</source>
        <translation>Msimbo wa QR wa anwani ya kushiriki ya kompyuta hii</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="161"/>
        <source>Others can get your packs at:
%1</source>
        <translation>Wengine wanaweza kupata vifurushi vyako kwenye:
%1</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="163"/>
        <source>Sharing at %1</source>
        <translation>Inashiriki kwenye %1</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="165"/>
        <source>Off. Turn it on to let laptops nearby copy your packs.</source>
        <translation>Imezimwa. Iwashe ili kompyuta za karibu zinakili vifurushi vyako.</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="180"/>
        <source>Starting…</source>
        <translation>Inaanza…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="152"/>
        <source>Looking for shares on this network…</source>
        <translation>Inatafuta kompyuta zinazoshiriki kwenye mtandao huu…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="185"/>
        <source>Asking %1…</source>
        <translation>Inauliza %1…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="204"/>
        <source>No share found. Ask for the address shown on the other laptop.</source>
        <translation>Hakuna kompyuta inayoshiriki iliyopatikana. Uliza anwani inayoonyeshwa kwenye kompyuta nyingine.</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="224"/>
        <source>%1 (version %2, %3 MB) on %4</source>
        <translation>%1 (toleo %2, MB %3) kwenye %4</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="231"/>
        <source>not signed: cannot be taken from another laptop</source>
        <translation>hakijatiwa sahihi: hakiwezi kuchukuliwa kutoka kompyuta nyingine</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="241"/>
        <source>from %1 (trusted)</source>
        <translation>kutoka %1 (anaaminika)</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="245"/>
        <source>unknown publisher, key %1</source>
        <translation>mchapishaji asiyejulikana, ufunguo %1</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="291"/>
        <location filename="../ui/library/nearby_shares.py" line="313"/>
        <source>Checking the pack&apos;s publisher…</source>
        <translation>Inakagua mchapishaji wa kifurushi…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="326"/>
        <source>The other laptop is sending to others; waiting for a turn…</source>
        <translation>Kompyuta nyingine inatuma kwa wengine; inasubiri zamu…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="333"/>
        <source>%1 of %2 MB</source>
        <translation>MB %1 kati ya %2</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="338"/>
        <source>%1 MB/s</source>
        <translation>MB %1/s</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="342"/>
        <source>Installing the pack…</source>
        <translation>Inasakinisha kifurushi…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="351"/>
        <source>You already have this pack (version %1).</source>
        <translation>Tayari una kifurushi hiki (toleo %1).</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="357"/>
        <source>Pack version %1 installed (%2 MB copied).</source>
        <translation>Kifurushi toleo %1 kimesakinishwa (MB %2 zimenakiliwa).</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../ui/shortcuts.py" line="25"/>
        <source>Move to the next / previous control</source>
        <translation>Nenda kwenye kidhibiti kinachofuata / kilichotangulia</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="29"/>
        <source>Photobook: next page</source>
        <translation>Kitabu cha picha: ukurasa unaofuata</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="33"/>
        <source>Photobook: previous page</source>
        <translation>Kitabu cha picha: ukurasa uliotangulia</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="37"/>
        <source>Photobook: first / last page</source>
        <translation>Kitabu cha picha: ukurasa wa kwanza / wa mwisho</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="41"/>
        <source>Photobook: zoom in / zoom out / fit</source>
        <translation>Kitabu cha picha: kuza / punguza / tosheleza</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="45"/>
        <source>Photobook: actual size (100 %); drag the page to move it</source>
        <translation>Kitabu cha picha: ukubwa halisi (100 %); buruta ukurasa kuusogeza</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="51"/>
        <source>Photobook: show or hide the row of pages</source>
        <translation>Kitabu cha picha: onyesha au ficha safu ya kurasa</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="55"/>
        <source>Photobook: show or hide the caption</source>
        <translation>Kitabu cha picha: onyesha au ficha maelezo ya picha</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="59"/>
        <source>Photobook: same page in the other language</source>
        <translation>Kitabu cha picha: ukurasa uleule kwa lugha nyingine</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="63"/>
        <source>Photobook: presentation mode</source>
        <translation>Kitabu cha picha: hali ya wasilisho</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="67"/>
        <source>Photobook: leave presentation or go back to the library</source>
        <translation>Kitabu cha picha: toka kwenye wasilisho au rudi maktaba</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <location filename="../ui/compose/targets.py" line="67"/>
        <source>Post to %1</source>
        <translation>Chapisha kwenye %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="73"/>
        <source>Length for %1</source>
        <translation>Urefu kwa %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="78"/>
        <source>needs login; posts wait in the outbox</source>
        <translation>inahitaji kuingia; machapisho yanasubiri kwenye kikasha toezi</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="82"/>
        <source>posts through the X website: you press Post there</source>
        <translation>huchapisha kupitia tovuti ya X: unabonyeza Chapisha huko</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="111"/>
        <source> · %1 / %2 bytes</source>
        <translation> · %1 / %2 baiti</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="116"/>
        <source> — too long: thread</source>
        <translation> — refu mno: mfululizo</translation>
    </message>
</context>
<context>
    <name>ThreadPreview</name>
    <message>
        <location filename="../ui/compose/thread_preview.py" line="92"/>
        <source>part %1 is too long for %2</source>
        <extracomment>a line holding only &quot;---&quot; separates the parts the user edits the user&apos;s edited parts a change of the text replaced (they can have them back)</extracomment>
        <translation>sehemu %1 ni ndefu mno kwa %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/thread_preview.py" line="96"/>
        <source>%n parts.</source>
        <translation>
            <numerusform>Sehemu %n.</numerusform>
            <numerusform>Sehemu %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/thread_preview.py" line="98"/>
        <source>The text changed, so the thread was split again.</source>
        <translation>Maandishi yamebadilika, kwa hiyo mfululizo umegawanywa upya.</translation>
    </message>
</context>
<context>
    <name>TrustGate</name>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="55"/>
        <source>Unknown publisher</source>
        <translation>Mchapishaji asiyejulikana</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="57"/>
        <source>This pack is signed with the SAMPLE key, which anyone can use. Install it only if you made it yourself for testing.</source>
        <translation>Kifurushi hiki kimetiwa sahihi kwa ufunguo wa MFANO, ambao mtu yeyote anaweza kuutumia. Kisakinishe tu ikiwa ulikitengeneza mwenyewe kwa majaribio.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="63"/>
        <source>This pack is signed by a key this computer does not trust yet. It claims to come from: %1</source>
        <translation>Kifurushi hiki kimetiwa sahihi kwa ufunguo ambao kompyuta hii bado haiuamini. Kinadai kutoka kwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="67"/>
        <source>(no name)</source>
        <translation>(hakuna jina)</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="70"/>
        <source>Key fingerprint:
%1

Install it only if the publisher gave you this same fingerprint.</source>
        <translation>Alama ya kidole ya ufunguo:
%1

Kisakinishe tu ikiwa mchapishaji alikupa alama hii hii.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="77"/>
        <source>Install (key %1)</source>
        <translation>Sakinisha (ufunguo %1)</translation>
    </message>
</context>
<context>
    <name>TrustedKeysSettingsPage</name>
    <message>
        <location filename="../ui/library/trust_page.py" line="78"/>
        <source>Packs signed by these publishers install without asking. A pack from anyone else needs your explicit choice, and packs are taken from other laptops only when signed.</source>
        <translation>Vifurushi vilivyotiwa sahihi na wachapishaji hawa vinasakinishwa bila kuuliza. Kifurushi kutoka kwa mwingine yeyote kinahitaji uamuzi wako wa wazi, na vifurushi huchukuliwa kutoka kompyuta nyingine tu vikiwa vimetiwa sahihi.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="83"/>
        <source>Trusted publishers</source>
        <translation>Wachapishaji wanaoaminika</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="84"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="85"/>
        <source>Remove the selected publisher</source>
        <translation>Ondoa mchapishaji aliyechaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="86"/>
        <location filename="../ui/library/trust_page.py" line="88"/>
        <source>Public key</source>
        <translation>Ufunguo wa umma</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="87"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="89"/>
        <source>the line in the publisher&apos;s .pub file</source>
        <translation>mstari ulio kwenye faili .pub ya mchapishaji</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="90"/>
        <source>Publisher&apos;s name</source>
        <translation>Jina la mchapishaji</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="91"/>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="92"/>
        <source>Trust this key</source>
        <translation>Amini ufunguo huu</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="96"/>
        <source>Publishers</source>
        <translation>Wachapishaji</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="106"/>
        <source>%1 — sample, only for the sample pack that comes with the app
%2</source>
        <translation>%1 — mfano, kwa kifurushi cha mfano kinachokuja na programu tu
%2</translation>
    </message>
</context>
<context>
    <name>VideoViewer</name>
    <message>
        <location filename="../ui/library/video.py" line="64"/>
        <source>← Library</source>
        <translation>← Maktaba</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="65"/>
        <source>Back to the library</source>
        <translation>Rudi kwenye maktaba</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="66"/>
        <source>Play / pause</source>
        <translation>Cheza / sitisha</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="67"/>
        <source>Play or pause the video</source>
        <translation>Cheza au sitisha video</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="68"/>
        <source>Open with system player</source>
        <translation>Fungua kwa kicheza video cha mfumo</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="69"/>
        <source>Open with the system&apos;s video player</source>
        <translation>Fungua kwa kicheza video cha mfumo</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="73"/>
        <source>Videos cannot play inside the app on this computer. Use the system player instead.</source>
        <translation>Video haziwezi kucheza ndani ya programu kwenye kompyuta hii. Tumia kicheza video cha mfumo badala yake.</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="126"/>
        <source>This video cannot play inside the app (%1). Use the system player.</source>
        <translation>Video hii haiwezi kucheza ndani ya programu (%1). Tumia kicheza video cha mfumo.</translation>
    </message>
</context>
<context>
    <name>XDialog</name>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="105"/>
        <source>Add X API credentials</source>
        <translation>Ongeza vitambulisho vya API ya X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="108"/>
        <source>Optional. Reading and posting through the X API needs a paid developer account. Without one, the app prepares “post on X” links instead. What you enter here is kept in the keyring only.</source>
        <translation>Si lazima. Kusoma na kuchapisha kupitia API ya X kunahitaji akaunti ya msanidi ya kulipia. Bila hiyo, programu huandaa viungo vya “chapisha kwenye X” badala yake. Unachoweka hapa kinahifadhiwa kwenye keyring tu.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="113"/>
        <source>Your @&amp;name on X:</source>
        <translation>@&amp;jina lako kwenye X:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="114"/>
        <source>Your name on X</source>
        <translation>Jina lako kwenye X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="115"/>
        <source>&amp;Bearer token (reading):</source>
        <translation>Tokeni ya &amp;bearer (kusoma):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="116"/>
        <source>X bearer token</source>
        <translation>Tokeni ya bearer ya X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="117"/>
        <source>&amp;User access token (posting):</source>
        <translation>Tokeni ya ufikiaji ya &amp;mtumiaji (kuchapisha):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="118"/>
        <source>X user access token</source>
        <translation>Tokeni ya ufikiaji ya mtumiaji wa X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
</context>
</TS>
