<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/accounts/dialog_base.py" line="41"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>AccountsWidget</name>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="98"/>
        <source>Accounts</source>
        <extracomment>replaced by tests; asks before removing</extracomment>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="101"/>
        <source>Connect the accounts you post from. Passwords and tokens stay in your computer&apos;s keyring; only names and server limits are saved by the app.</source>
        <translation>Connectez les comptes depuis lesquels vous publiez. Les mots de passe et les jetons restent dans le trousseau de clés de votre ordinateur&#xa0;; l&apos;application n&apos;enregistre que les noms et les limites des serveurs.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="108"/>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="109"/>
        <source>Account list columns</source>
        <translation>Colonnes de la liste des comptes</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="111"/>
        <source>No accounts yet. Add one with the buttons above.</source>
        <translation>Aucun compte pour l&apos;instant. Ajoutez-en un avec les boutons ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="113"/>
        <source>Loading accounts…</source>
        <translation>Chargement des comptes…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="116"/>
        <source>Add &amp;Mastodon…</source>
        <translation>Ajouter &amp;Mastodon…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="116"/>
        <source>Add a Mastodon account</source>
        <translation>Ajouter un compte Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="117"/>
        <source>Add &amp;Bluesky…</source>
        <translation>Ajouter &amp;Bluesky…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="117"/>
        <source>Add a Bluesky account</source>
        <translation>Ajouter un compte Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="118"/>
        <source>Add &amp;X…</source>
        <translation>Ajouter &amp;X…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="118"/>
        <source>Add X API credentials</source>
        <translation>Ajouter des identifiants d&apos;API X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="119"/>
        <source>Log in &amp;again…</source>
        <translation>Se re&amp;connecter…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="119"/>
        <source>Log in again to this account</source>
        <translation>Se reconnecter à ce compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="120"/>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="120"/>
        <source>Remove this account</source>
        <translation>Supprimer ce compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="124"/>
        <source>Keep logins for this &amp;session only</source>
        <translation>Connexions pour cette &amp;session seulement</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="126"/>
        <source>Keep logins for this session only, without a keyring</source>
        <translation>Garder les connexions pour cette session seulement, sans trousseau de clés</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="133"/>
        <source>Needs login again</source>
        <translation>Reconnexion requise</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="138"/>
        <location filename="../ui/accounts/accounts_widget.py" line="140"/>
        <source>Offline: posts wait</source>
        <translation>Hors ligne&#xa0;: messages en attente</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="141"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="158"/>
        <source>Logins are kept for this session only</source>
        <translation>Les connexions sont gardées pour cette session seulement</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="161"/>
        <source>They are forgotten when the app closes. To keep them, install and unlock a keyring (for example GNOME Keyring or KWallet), then restart the app.</source>
        <translation>Elles sont oubliées à la fermeture de l&apos;application. Pour les garder, installez et déverrouillez un trousseau de clés (par exemple GNOME Keyring ou KWallet), puis redémarrez l&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="168"/>
        <source>No keyring to keep your logins safe</source>
        <translation>Aucun trousseau de clés pour protéger vos connexions</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="171"/>
        <source>The app keeps passwords and tokens only in the system keyring, never in a file. None is working on this computer. On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then restart the app. Or keep logins for this session only: you will log in again next time.</source>
        <translation>L&apos;application garde les mots de passe et les jetons uniquement dans le trousseau de clés du système, jamais dans un fichier. Aucun ne fonctionne sur cet ordinateur. Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet (par exemple&#xa0;: sudo apt install gnome-keyring), puis redémarrez l&apos;application. Ou gardez les connexions pour cette session seulement&#xa0;: vous vous reconnecterez la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="233"/>
        <source>Double-click to log in again</source>
        <translation>Double-cliquez pour vous reconnecter</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="241"/>
        <source>%1 needs a login again: select it and choose “Log in again”. Posts waiting for it are kept.</source>
        <translation>%1 doit être reconnecté&#xa0;: sélectionnez-le et choisissez «&#xa0;Se reconnecter&#xa0;». Les messages en attente pour ce compte sont conservés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accounts_widget.py" line="246"/>
        <source>%n accounts need a login again: select one and choose “Log in again”. Posts waiting for them are kept.</source>
        <translation>
            <numerusform>%n compte doit être reconnecté&#xa0;: sélectionnez-le et choisissez «&#xa0;Se reconnecter&#xa0;». Les messages en attente pour ce compte sont conservés.</numerusform>
            <numerusform>%n comptes doivent être reconnectés&#xa0;: sélectionnez-en un et choisissez «&#xa0;Se reconnecter&#xa0;». Les messages en attente pour ces comptes sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="307"/>
        <location filename="../ui/accounts/accounts_widget.py" line="315"/>
        <source>Saving the account…</source>
        <translation>Enregistrement du compte…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="322"/>
        <source>%1 is connected.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="381"/>
        <source>Remove %1? The login is ended on the server when the app can reach it, and its secrets are deleted from this computer. Queued posts for this account stay in the outbox.</source>
        <translation>Supprimer %1&#xa0;? La connexion est fermée sur le serveur dès que l&apos;application peut le joindre, et ses secrets sont effacés de cet ordinateur. Les messages en attente pour ce compte restent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="385"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="388"/>
        <source>Removing %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="400"/>
        <source>%1 was removed.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="402"/>
        <source>The login was ended on the server.</source>
        <translation>La connexion a été fermée sur le serveur.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="404"/>
        <source>The server was not told; the login may still work there.</source>
        <translation>Le serveur n&apos;a pas été prévenu&#xa0;; la connexion y est peut-être encore valide.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="136"/>
        <source>Posts through the X website</source>
        <translation>Publie via le site web de X</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../ui/areas.py" line="51"/>
        <source>Countdown</source>
        <extracomment>English title; translated with context &quot;Areas&quot; each time it is shown</extracomment>
        <translation>Décompte</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="52"/>
        <source>The day&apos;s countdown and programme</source>
        <translation>Le décompte et le programme de la journée</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="57"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="58"/>
        <source>Live #shareASM posts</source>
        <translation>Messages #shareASM en direct</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="63"/>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="64"/>
        <source>Write posts, also offline</source>
        <translation>Écrire des messages, même hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="69"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="70"/>
        <source>Photobooks, publications and videos, offline</source>
        <translation>Livres photo, publications et vidéos, hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="75"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="76"/>
        <source>Your Mastodon, Bluesky and X accounts</source>
        <translation>Vos comptes Mastodon, Bluesky et X</translation>
    </message>
</context>
<context>
    <name>AsyncArea</name>
    <message>
        <location filename="../ui/async_area.py" line="46"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/async_area.py" line="77"/>
        <source>This area could not be opened. The details are in the log.</source>
        <translation>Cette section n’a pas pu s’ouvrir. Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>BlueskyDialog</name>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="43"/>
        <source>Add a Bluesky account</source>
        <translation>Ajouter un compte Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="46"/>
        <source>Use an app password, never your main password. Create one in Bluesky under Settings → Privacy and security → App passwords; it looks like abcd-efgh-ijkl-mnop and you can revoke it at any time.</source>
        <translation>Utilisez un mot de passe d&apos;application, jamais votre mot de passe principal. Créez-en un dans Bluesky sous Settings → Privacy and security → App passwords (Paramètres → Confidentialité et sécurité → Mots de passe d&apos;application)&#xa0;; il ressemble à abcd-efgh-ijkl-mnop et vous pouvez le révoquer à tout moment.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="51"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="52"/>
        <source>Bluesky handle</source>
        <translation>Identifiant Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="53"/>
        <source>&amp;App password:</source>
        <translation>&amp;Mot de passe d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="54"/>
        <source>App password</source>
        <translation>Mot de passe d&apos;application</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="55"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="56"/>
        <source>Bluesky server to log in at</source>
        <translation>Serveur Bluesky où se connecter</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="57"/>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="73"/>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>ComposeSettingsPage</name>
    <message>
        <location filename="../ui/compose/settings_page.py" line="38"/>
        <source>Same as the interface</source>
        <translation>Comme l’interface</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="39"/>
        <source>Default language of new posts</source>
        <translation>Langue par défaut des nouveaux messages</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="40"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="41"/>
        <source>Save drafts at most this long after typing</source>
        <translation>Enregistrer les brouillons au plus tard ce délai après la saisie</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="42"/>
        <source>Default &amp;language of posts:</source>
        <translation>&amp;Langue par défaut des messages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="43"/>
        <source>&amp;Save drafts within:</source>
        <translation>&amp;Enregistrer les brouillons sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="46"/>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <location filename="../ui/compose/media_view.py" line="65"/>
        <source>Describe the picture (alt text) — required</source>
        <translation>Décrivez l&apos;image (texte alternatif) — obligatoire</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="68"/>
        <source>Picture description (alt text)</source>
        <translation>Description de l&apos;image (texte alternatif)</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="70"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="71"/>
        <source>Remove picture</source>
        <translation>Retirer l&apos;image</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="72"/>
        <source>Picture preview</source>
        <translation>Aperçu de l&apos;image</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="176"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="177"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="178"/>
        <location filename="../ui/compose/view.py" line="179"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="180"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="181"/>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="182"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="183"/>
        <source>Duplicate draft</source>
        <translation>Dupliquer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="184"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="185"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="186"/>
        <location filename="../ui/compose/view.py" line="187"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="146"/>
        <source>Start from a template</source>
        <translation>Partir d&apos;un modèle</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="148"/>
        <source>Insert a hashtag</source>
        <translation>Insérer un hashtag</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="151"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="153"/>
        <source>Language of the post</source>
        <translation>Langue du message</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="156"/>
        <source>Content warning (optional)</source>
        <translation>Avertissement de contenu (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="158"/>
        <source>Content warning</source>
        <translation>Avertissement de contenu</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="160"/>
        <source>What is happening at the dialogue?</source>
        <translation>Que se passe-t-il au dialogue&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="162"/>
        <source>Post text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="163"/>
        <source>Post to</source>
        <translation>Publier sur</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="165"/>
        <source>No accounts yet. Add one under Accounts; you can still write and save drafts.</source>
        <translation>Aucun compte pour l&apos;instant. Ajoutez-en un dans Comptes&#xa0;; vous pouvez quand même écrire et enregistrer des brouillons.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="170"/>
        <source>What will be posted</source>
        <translation>Ce qui sera publié</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="171"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="173"/>
        <source>Too long for one post. Here it is as a thread: edit the parts freely; a line with --- separates them.</source>
        <translation>Trop long pour un seul message. Le voici sous forme de fil&#xa0;: modifiez librement les parties&#xa0;; une ligne avec --- les sépare.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="180"/>
        <source>Thread parts</source>
        <translation>Parties du fil</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="183"/>
        <source>Bring back my edits to the thread</source>
        <translation>Rétablir mes modifications du fil</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="185"/>
        <source>Pictures (up to 4)</source>
        <translation>Images (4 au maximum)</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="187"/>
        <source>Every picture needs a description (alt text) so people who cannot see it, or whose connection does not load it, know what it shows. Location and camera details are removed before upload.</source>
        <translation>Chaque image a besoin d&apos;une description (texte alternatif) pour que les personnes qui ne peuvent pas la voir, ou dont la connexion ne la charge pas, sachent ce qu&apos;elle montre. Le lieu et les détails de l&apos;appareil photo sont retirés avant l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="194"/>
        <source>Add picture…</source>
        <translation>Ajouter une image…</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="195"/>
        <source>Add picture</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="196"/>
        <source>Post at</source>
        <translation>Publier à</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="198"/>
        <source>Post at a set time</source>
        <translation>Publier à une heure fixée</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="200"/>
        <source>Time to post</source>
        <translation>Heure de publication</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="188"/>
        <source>Open on X</source>
        <translation>Ouvrir sur X</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="190"/>
        <source>Open the post on X in the browser</source>
        <translation>Ouvrir le message sur X dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="192"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="193"/>
        <source>Send to the outbox</source>
        <translation>Envoyer dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="195"/>
        <source>Put the post in the outbox; it goes out when online (Ctrl+Enter)</source>
        <translation>Mettre le message dans la boîte d&apos;envoi&#xa0;; il part dès que la connexion est là (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="149"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="150"/>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag :</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <location filename="../ui/compose/area.py" line="119"/>
        <location filename="../ui/compose/area.py" line="324"/>
        <source>Compose: send or queue the post</source>
        <extracomment>how long quitting waits for the last draft save (it lands later all the same: the database lane runs every write queued before the app ends) run the background sender (off in tests that must not touch the network)</extracomment>
        <translation>Rédiger&#xa0;: envoyer la publication ou la mettre en file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="100"/>
        <source>Templates…</source>
        <extracomment>a template&apos;s blank to fill in: {place}, {name}… how many pictures the draft has (they go with the first post)</extracomment>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="113"/>
        <source>Add hashtag…</source>
        <translation>Ajouter un hashtag…</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="37"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="38"/>
        <source>in the outbox</source>
        <translation>dans la boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="39"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="118"/>
        <source>(empty draft)</source>
        <extracomment>the Draft as saved (its new ``updated_at``; a new id when saved as a copy) drafts sent to the database this session (saved even when emptied again) the draft being queued by Send: its job saves it, an autosave must not (it would write the editor&apos;s copy, still a &quot;draft&quot;, over the queued one) a draft whose last write was a failed Send&apos;s (see release) drafts whose save failed after another draft was shown: saved again with the next save (a full disk, a locked database: nothing typed is lost) the wait before a failed save is tried again without a keystroke (ms)</extracomment>
        <translation>(brouillon vide)</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="262"/>
        <source>Saved %1 as a new draft: this draft was also changed in another window.</source>
        <translation>Enregistré à %1 comme nouveau brouillon : ce brouillon a aussi été modifié dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="113"/>
        <source>Picture %1 needs a description before posting.</source>
        <translation>L&apos;image %1 a besoin d&apos;une description avant publication.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="121"/>
        <source>A picture has no description (alt text).</source>
        <translation>Une image n&apos;a pas de description (texte alternatif).</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="240"/>
        <location filename="../ui/compose/sending.py" line="72"/>
        <source>Choose where to post.</source>
        <translation>Choisissez où publier.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="118"/>
        <source>#%1 is added on its own line at the end; the preview shows the exact post.</source>
        <translation>#%1 est ajouté sur sa propre ligne à la fin ; l’aperçu montre la publication exacte.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="215"/>
        <source>As soon as there is a connection.</source>
        <translation>Dès qu&apos;il y a une connexion.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="221"/>
        <source>%1 here · %2 UTC (event time).</source>
        <translation>%1 ici · %2 UTC (heure de l&apos;événement).</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="227"/>
        <source>Bluesky/X posts need the app running and online at that time.</source>
        <translation>Les messages Bluesky/X exigent que l&apos;application soit ouverte et en ligne à ce moment-là.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="231"/>
        <source>Mastodon gets it ahead of time when online.</source>
        <translation>Mastodon le reçoit à l&apos;avance quand vous êtes en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="267"/>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="258"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="41"/>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 est illisible.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="50"/>
        <source>%1 is over 60 MB: choose a smaller copy of the picture.</source>
        <translation>%1 dépasse 60 Mo : choisissez une copie plus petite de la photo.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="60"/>
        <source>%1 is not a picture the app can read (JPEG, PNG or WebP).</source>
        <translation>%1 n’est pas une image que l’application sait lire (JPEG, PNG ou WebP).</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="89"/>
        <source>Add picture</source>
        <extracomment>counts the drafts shown: a picture checked for an earlier one is not added to the one shown now</extracomment>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="91"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="135"/>
        <location filename="../ui/compose/media.py" line="144"/>
        <location filename="../ui/compose/media.py" line="158"/>
        <source>At most 4 pictures per post.</source>
        <translation>4 images au maximum par message.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="63"/>
        <source>Replace %1 in the text before sending (a blank from the template).</source>
        <extracomment>the draft being put in the outbox (&quot;&quot; when none): one Send at a time</extracomment>
        <translation>Remplacez %1 dans le texte avant l’envoi (un blanc du modèle).</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="68"/>
        <source>Write something first: the post is empty.</source>
        <translation>Écrivez d’abord quelque chose : la publication est vide.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="85"/>
        <source>Part %1 is too long for %2 (%3 / %4): shorten it in the thread before sending.</source>
        <translation>La partie %1 est trop longue pour %2 (%3 / %4) : raccourcissez-la dans le fil avant l’envoi.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="145"/>
        <source>Too long for one post on X (%1 / %2).</source>
        <translation>Trop long pour une seule publication sur X (%1 / %2).</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="151"/>
        <source>Press Send: the outbox gives a link for each part.</source>
        <translation>Appuyez sur Envoyer : la boîte d’envoi donne un lien pour chaque partie.</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <location filename="../core/connectivity.py" line="97"/>
        <source>not a check address: %1</source>
        <extracomment>the default check: Mozilla&apos;s captive-portal detection address and its answer read at most this much of the answer (a portal&apos;s login page can be large) the network answers, but with its own page: the user must sign in first the page to open to sign in (PORTAL only) what was seen, in English, for the log the same for the tooltip: a ``QT_TRANSLATE_NOOP(&quot;Connectivity&quot;, …)`` text whose %1 is ``detail_arg`` (a host, a status code), translated where it is shown</extracomment>
        <translation>pas une adresse de vérification : %1</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="106"/>
        <source>name lookup failed for %1</source>
        <translation>la résolution du nom %1 a échoué</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="128"/>
        <source>certificate not accepted</source>
        <translation>certificat refusé</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="134"/>
        <source>%1 could not be reached</source>
        <translation>%1 est injoignable</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="141"/>
        <source>redirected (HTTP %1)</source>
        <translation>redirigé (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="148"/>
        <source>sign-in required (HTTP %1)</source>
        <translation>connexion au réseau requise (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="155"/>
        <location filename="../core/connectivity.py" line="157"/>
        <source>expected answer</source>
        <translation>réponse attendue</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="162"/>
        <source>unexpected page (HTTP %1)</source>
        <translation>page inattendue (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="168"/>
        <source>unexpected answer (HTTP %1)</source>
        <translation>réponse inattendue (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../ui/countdown/area.py" line="140"/>
        <source>Event file problem</source>
        <extracomment>how wrong this computer&apos;s clock is known to be (None: not looked yet) the system zone&apos;s name ``_zone`` was resolved with (it can change: see ``_current_zone``), and the zone the texts shown were made in</extracomment>
        <translation>Problème de fichier de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="32"/>
        <source>Event</source>
        <extracomment>(zone name, &quot;now&quot; label, &quot;starts&quot; label) of each field-site row</extracomment>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="33"/>
        <source>Add to calendar…</source>
        <translation>Ajouter à l&apos;agenda…</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="35"/>
        <source>Export the day and starred sessions to a calendar file</source>
        <translation>Exporter la journée et les sessions marquées d&apos;une étoile dans un fichier d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="39"/>
        <source>Open event file…</source>
        <translation>Ouvrir un fichier d&apos;événement…</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="41"/>
        <source>Open a newer event file from this computer</source>
        <translation>Ouvrir un fichier d&apos;événement plus récent depuis cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="43"/>
        <source>Check for updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="45"/>
        <source>Fetch the latest event details</source>
        <translation>Récupérer les dernières informations sur l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="47"/>
        <source>Write a post</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="49"/>
        <source>Start a post with the event hashtag</source>
        <translation>Commencer un message avec le hashtag de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="51"/>
        <source>Remind me at the start</source>
        <translation>Me le rappeler au début</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="53"/>
        <source>Remind me when the day starts</source>
        <translation>Me le rappeler quand la journée commence</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="55"/>
        <source>Show event time</source>
        <translation>Heure de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="57"/>
        <source>Show programme times in the event&apos;s time zone</source>
        <translation>Afficher les horaires du programme dans le fuseau horaire de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="59"/>
        <location filename="../ui/countdown/about.py" line="82"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="76"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="77"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="78"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="79"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="60"/>
        <source>Field sites</source>
        <translation>Sites de terrain</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="61"/>
        <source>Time remaining</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="93"/>
        <source>Now or next</source>
        <translation>Maintenant ou ensuite</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="171"/>
        <source>same day, from %1 local</source>
        <translation>le même jour, dès %1 heure locale</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="173"/>
        <source>same day, starts %1 local</source>
        <translation>le même jour, commence à %1 heure locale</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="177"/>
        <source>from %1, %2 local</source>
        <translation>dès le %1, %2 heure locale</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="179"/>
        <source>starts %1, %2 local</source>
        <translation>commence le %1, %2 heure locale</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="195"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="200"/>
        <source>at the end of %1 (%2)</source>
        <translation>à la fin du %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="202"/>
        <source>%1, all day (%2)</source>
        <translation>%1, toute la journée (%2)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="203"/>
        <source>Sample programme for demonstrations: these sessions are not real.</source>
        <translation>Programme d&apos;exemple pour les démonstrations&#xa0;: ces sessions ne sont pas réelles.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="51"/>
        <source>Ends (event time): %1</source>
        <translation>Se termine (heure de l&apos;événement) : %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="52"/>
        <source>Ends (your time): %1</source>
        <translation>Se termine (votre heure) : %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="54"/>
        <source>Starts (event time): %1</source>
        <translation>Début (heure de l&apos;événement)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="55"/>
        <source>Starts (your time): %1</source>
        <translation>Début (votre heure)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="216"/>
        <source>No timed sessions have been announced for this day.</source>
        <translation>Aucune session avec horaire n&apos;a été annoncée pour cette journée.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="100"/>
        <source>About the day</source>
        <translation>À propos de la journée</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="112"/>
        <source>Organiser:</source>
        <translation>Organisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="117"/>
        <source>Past editions:</source>
        <translation>Éditions précédentes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="126"/>
        <source>Event details shipped with the app.</source>
        <translation>Informations sur l&apos;événement fournies avec l&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="128"/>
        <source>Event details from %1, updated %2.</source>
        <translation>Informations sur l&apos;événement provenant de %1, mises à jour le %2.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="24"/>
        <source>Starts in</source>
        <translation>Début dans</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="26"/>
        <source>Live now: %1 — ends in</source>
        <translation>En direct : %1 — se termine dans</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="29"/>
        <source>Next: %1 — starts in</source>
        <translation>Ensuite : %1 — commence dans</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="32"/>
        <source>Live now — time left today</source>
        <translation>En direct — temps restant aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="33"/>
        <source>This edition has ended</source>
        <translation>Cette édition est terminée</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="36"/>
        <source>Next: %1</source>
        <translation>Prochaine&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="37"/>
        <source>Thank you for taking part</source>
        <translation>Merci de votre participation</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="282"/>
        <source>now %1 %2</source>
        <translation>actuellement %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="218"/>
        <source>On now: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="223"/>
        <source>Next: %1 at %2</source>
        <translation>Ensuite&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="230"/>
        <source>Next edition starts %1.</source>
        <translation>La prochaine édition commence le %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="251"/>
        <source>More about the day: %1</source>
        <translation>En savoir plus sur la journée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="149"/>
        <source>Missed reminder: %1</source>
        <extracomment>look at the clock at least this often (a resumed laptop, a clock change): a reminder is at most this late after either reminders that came due before this are missed because the app was closed when the next reminder comes due, as of the last check (None: none)</extracomment>
        <translation>Rappel manqué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="153"/>
        <source>It started at %1 (the app was closed).</source>
        <translation>Cela a commencé à %1 (l&apos;application était fermée).</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="157"/>
        <source>It started at %1.</source>
        <translation>Cela a commencé à %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="161"/>
        <location filename="../ui/countdown/stars.py" line="168"/>
        <source>It starts at %1.</source>
        <translation>Cela commence à %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="165"/>
        <source>Starting soon: %1</source>
        <translation>Bientôt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="378"/>
        <source>Add to calendar</source>
        <translation>Ajouter à l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="380"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="389"/>
        <source>Open event file</source>
        <translation>Ouvrir un fichier d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="391"/>
        <source>Event files (*.json)</source>
        <translation>Fichiers d&apos;événement (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/event_files.py" line="102"/>
        <source>Calendar file saved</source>
        <extracomment>look for a newer event file this often while the app runs the address in the settings; also read on the database lane (it reads the settings in use, which are swapped there) a fetch runs (from the download to the install) a fetch was asked for while one ran: run one more after it why the last check for a newer file failed, or &quot;&quot;</extracomment>
        <translation>Fichier d&apos;agenda enregistré</translation>
    </message>
    <message>
        <location filename="../ui/countdown/event_files.py" line="149"/>
        <source>Could not check for a newer event file: %1</source>
        <translation>Impossible de rechercher un fichier d&apos;événement plus récent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="76"/>
        <source>%1 (changed)</source>
        <extracomment>amber that reads on light and dark backgrounds</extracomment>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="90"/>
        <source>Remind me</source>
        <translation>Me le rappeler</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="130"/>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="132"/>
        <source>next</source>
        <translation>ensuite</translation>
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
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="62"/>
        <location filename="../ui/countdown/area.py" line="183"/>
        <source>Say time left</source>
        <translation>Annoncer le temps restant</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="64"/>
        <source>Have the screen reader say the time left</source>
        <translation>Faire annoncer le temps restant par le lecteur d&apos;écran</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="87"/>
        <location filename="../ui/countdown/about.py" line="89"/>
        <source>Starred</source>
        <translation>Favoris</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="55"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="58"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="131"/>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="61"/>
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="64"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="105"/>
        <source>This computer&apos;s clock is %1 behind; times shown are corrected</source>
        <translation>L’horloge de cet ordinateur retarde de %1 ; les heures affichées sont corrigées</translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="109"/>
        <source>This computer&apos;s clock is %1 ahead; times shown are corrected</source>
        <translation>L’horloge de cet ordinateur avance de %1 ; les heures affichées sont corrigées</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../core/errors.py" line="88"/>
        <source>The app will try again when the connection comes back.</source>
        <extracomment>a short hint about what the user can do next, or &quot;&quot; (a translatable template).</extracomment>
        <translation>L&apos;application réessaiera quand la connexion reviendra.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="94"/>
        <source>Open Accounts and log in again. Nothing queued is lost.</source>
        <translation>Ouvrez Comptes et reconnectez-vous. Rien de ce qui est en attente n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="105"/>
        <source>The app waits and tries again by itself.</source>
        <translation>L&apos;application attend et réessaie d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="133"/>
        <source>Free some disk space or check the data folder, then try again.</source>
        <translation>Libérez de l&apos;espace disque ou vérifiez le dossier de données, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="143"/>
        <source>shareASM Companion is already running, but its window did not come up (it may still be closing). Try again in a moment.</source>
        <translation>shareASM Companion est déjà ouvert, mais sa fenêtre n&apos;est pas apparue (il est peut-être en train de se fermer). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="326"/>
        <source>A secure connection to %1 could not be made (certificate problem).</source>
        <extracomment>(connect, read) seconds; slow field links get a generous read timeout differences between this computer&apos;s clock and a server&apos;s below this are noise a reply that took longer than this says too little about the server&apos;s clock the random share of each delay (0: none, 1: anywhere from zero to the ceiling) learns this computer&apos;s clock error from each trusted reply&apos;s ``Date`` bytes received in bodies and requests sent, for the data-use counters</extracomment>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1 (problème de certificat).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="329"/>
        <source>Check the computer&apos;s date and time, and the network you are on.</source>
        <translation>Vérifiez la date et l&apos;heure de l&apos;ordinateur, ainsi que le réseau auquel vous êtes connecté.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="336"/>
        <source>%1 could not be reached.</source>
        <translation>Impossible de joindre %1.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="341"/>
        <location filename="../ui/live/controller.py" line="324"/>
        <source>The request to %1 failed: %2</source>
        <extracomment>a stream that failed this many times in a row is left alone for a while where pictures of posts are cached the hashtags to follow (the event&apos;s and the settings&apos;) the configured sources, as (kind, address) the event&apos;s time zone (reads the event file: call it on a worker) when each source last answered (saved across runs) the source, when its poll began, and what came of it which stream ``stream`` is: callbacks from any other (one stopped and replaced, whose last words arrive late) are ignored keys of the sources being polled (one poll per source at a time) notices the clock being set back, which moves the streams&apos; rests back as much the last request for the sources: an older one&apos;s answer is stale per source: when it last answered (saved across runs), and when it first failed since (for one never heard from): &quot;unreachable since …&quot;</extracomment>
        <translation>La requête vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="472"/>
        <source>%1: the server asked for a login (401).</source>
        <translation>%1&#xa0;: le serveur demande une connexion (401).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="479"/>
        <source>%1: too many requests; waiting until %2 UTC.</source>
        <translation>%1&#xa0;: trop de requêtes&#xa0;; attente jusqu&apos;à %2 UTC.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="484"/>
        <source>%1: too many requests; waiting a while.</source>
        <translation>%1&#xa0;: trop de requêtes&#xa0;; attente un moment.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="490"/>
        <source>%1: the server answered %2 (%3).</source>
        <translation>%1&#xa0;: le serveur a répondu %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="495"/>
        <source>%1: the server answered %2.</source>
        <translation>%1&#xa0;: le serveur a répondu %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="44"/>
        <source>%1: this Bluesky account is deactivated.</source>
        <extracomment>errors meaning &quot;this session is over: log in again&quot; errors meaning &quot;the account itself cannot act&quot;: no new login helps (the PDS&apos;s auth verifier: AuthRequiredError &apos;AccountDeactivated&apos; / &apos;AccountTakedown&apos;)</extracomment>
        <translation>%1 : ce compte Bluesky est désactivé.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="45"/>
        <source>Reactivate it by logging in with the Bluesky app, then log in again in Accounts. Its queued posts wait and are not lost.</source>
        <translation>Réactivez-le en vous connectant avec l’app Bluesky, puis reconnectez-vous dans Comptes. Ses publications en attente patientent et ne sont pas perdues.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="54"/>
        <source>%1: Bluesky has suspended or taken down this account.</source>
        <translation>%1 : Bluesky a suspendu ou retiré ce compte.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="57"/>
        <source>Logging in again does not help: Bluesky&apos;s moderation (the appeal form in the Bluesky app) can say why. Its queued posts wait and are not lost.</source>
        <translation>Se reconnecter n’y changera rien : la modération de Bluesky (le formulaire d’appel dans l’app Bluesky) peut en donner la raison. Ses publications en attente patientent et ne sont pas perdues.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="86"/>
        <source>That does not look like a Bluesky app password (four groups of four letters or digits, like abcd-efgh-ijkl-mnop).</source>
        <translation>Cela ne ressemble pas à un mot de passe d’application Bluesky (quatre groupes de quatre lettres ou chiffres, comme abcd-efgh-ijkl-mnop).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="91"/>
        <source>Create one in Bluesky under Settings → Privacy and security → App passwords. Never give the app your main password.</source>
        <translation>Créez-en un dans Bluesky sous Settings → Privacy and security → App passwords (Paramètres → Confidentialité et sécurité → Mots de passe d’application). Ne donnez jamais votre mot de passe principal à l’application.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="104"/>
        <source>Enter your Bluesky handle, e.g. name.bsky.social.</source>
        <translation>Saisissez votre identifiant Bluesky, par ex. nom.bsky.social.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="168"/>
        <source>%1: the server&apos;s answer had no session.</source>
        <extracomment>&quot;deactivated&quot; / &quot;takendown&quot; when the server said ``active: false``, else &quot;&quot;</extracomment>
        <translation>%1 : la réponse du serveur ne contenait pas de session.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="193"/>
        <source>Bluesky asked for an email code: that happens with the main password.</source>
        <translation>Bluesky a demandé un code reçu par e-mail : cela arrive avec le mot de passe principal.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="197"/>
        <source>Use an app password instead (Settings → Privacy and security → App passwords).</source>
        <translation>Utilisez plutôt un mot de passe d’application (Settings → Privacy and security → App passwords).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="206"/>
        <source>%1 did not accept this handle and app password.</source>
        <translation>%1 n’a pas accepté cet identifiant et ce mot de passe d’application.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="207"/>
        <source>Check the handle, and create a new app password if in doubt.</source>
        <translation>Vérifiez l’identifiant et, en cas de doute, créez un nouveau mot de passe d’application.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="246"/>
        <source>%1: the Bluesky session has ended (%2).</source>
        <translation>%1 : la session Bluesky a pris fin (%2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="250"/>
        <source>%1: the session could not be renewed (%2).</source>
        <translation>%1 : la session n’a pas pu être renouvelée (%2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/session.py" line="212"/>
        <source>%1: the login is only sent to its own server, %2.</source>
        <extracomment>why the last refresh could not renew the login, and the refresh token it spent (the answer holds while that token is the one stored: until a new login) how many refreshSession calls were made (diagnostics and tests) per account: the refresh in flight or just finished</extracomment>
        <translation>%1 : l’identification n’est envoyée qu’à son propre serveur, %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/session.py" line="230"/>
        <source>%1: the login has expired.</source>
        <translation>%1 : la connexion a expiré.</translation>
    </message>
    <message>
        <location filename="../core/live/feed.py" line="87"/>
        <source>stopped before reaching %1 (paging limit).</source>
        <extracomment>(source label, problem) for each source that failed (source label, note) for sources that answered but not in full (paging stopped before ``since``)</extracomment>
        <translation>arrêt avant d’atteindre %1 (limite de pagination).</translation>
    </message>
    <message>
        <location filename="../core/live/feed.py" line="91"/>
        <source>stopped at the paging limit after %1 requests: posts between %2 and %3 were not read.</source>
        <translation>arrêt à la limite de pagination après %1 requêtes : les publications entre %2 et %3 n’ont pas été lues.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="62"/>
        <source>Install it only if you know this key belongs to the publisher: compare the fingerprint with the one they gave you.</source>
        <extracomment>the environment variable scripts use to give a key file&apos;s passphrase The public half of the SAMPLE key that signs the bundled sample pack. Its private half is in ``scripts/sample-signing-key.json`` and is NOT secret: anyone can sign with it. So it is trusted only for the sample pack bundled with the app, never for a pack from a server, a USB stick or a peer.</extracomment>
        <translation>Installez-le seulement si vous savez que cette clé appartient à l&apos;éditeur : comparez l&apos;empreinte avec celle qu&apos;il vous a donnée.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="398"/>
        <source>This pack is not signed, but the version installed is signed by its publisher (fingerprint %1): an unsigned copy never replaces it. Refused.</source>
        <translation>Ce paquet n’est pas signé, mais la version installée est signée par son éditeur (empreinte %1) : une copie non signée ne la remplace jamais. Refusé.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="408"/>
        <source>This pack is not signed by its publisher, so it is not accepted from another laptop.</source>
        <translation>Ce paquet n&apos;est pas signé par son éditeur : il n&apos;est donc pas accepté depuis un autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="419"/>
        <source>This pack is signed with the SAMPLE key (fingerprint %1), whose private half is public: anyone can sign with it.</source>
        <translation>Ce paquet est signé avec la clé d&apos;EXEMPLE (empreinte %1), dont la partie privée est publique : n&apos;importe qui peut signer avec.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="429"/>
        <source>This pack is signed by a key this computer does not trust: fingerprint %1 (claims to be %2).</source>
        <translation>Ce paquet est signé par une clé que cet ordinateur ne reconnaît pas : empreinte %1 (se présente comme %2).</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="37"/>
        <source>picture processing</source>
        <translation>traitement d’image</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="38"/>
        <source>account lookup</source>
        <translation>recherche du compte</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="39"/>
        <source>recent posts</source>
        <translation>publications récentes</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="40"/>
        <source>scheduled posts</source>
        <translation>publications programmées</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="127"/>
        <source>%1: the server is still processing a picture.</source>
        <extracomment>Mastodon remembers an Idempotency-Key for one hour</extracomment>
        <translation>%1 : le serveur traite encore une image.</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="312"/>
        <source>%1: a picture is still being processed.</source>
        <translation>%1 : une image est encore en cours de traitement.</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="320"/>
        <source>%1: the server says the post is too long (%2).</source>
        <translation>%1 : le serveur dit que le message est trop long (%2).</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="330"/>
        <source>%1: the server would not schedule this post (%2); the app will post it at its time.</source>
        <translation>%1 : le serveur n’a pas voulu programmer cette publication (%2) ; l’application la publiera à son heure.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="152"/>
        <source>This account was removed from the app.</source>
        <extracomment>Mastodon takes scheduled statuses at least 5 minutes ahead how far this computer&apos;s clock is ahead of the servers&apos; when known to be wrong (``Clock.wrong_by``): a post&apos;s time is the real time the person asked for, as on a server that schedules it, so it is compared with corrected time account id -&gt; the stop flag of the ``run_account`` working on it</extracomment>
        <translation>Ce compte a été retiré de l’application.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="249"/>
        <source>Unexpected problem: %1</source>
        <translation>Problème inattendu : %1</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="261"/>
        <source>Published early: %1 does not schedule posts, so it published this at once instead of at %2 UTC.</source>
        <translation>Publié en avance : %1 ne programme pas les messages, il l’a donc publié tout de suite au lieu de %2 UTC.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender_length.py" line="109"/>
        <source>Needs editing: part %1 of %2 is too long for %3. Already posted: %4. Shorten it, or press Retry to split it again.</source>
        <translation>À modifier : la partie %1 sur %2 est trop longue pour %3. Déjà publié : %4. Raccourcissez-la, ou appuyez sur Réessayer pour la découper à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender_length.py" line="118"/>
        <source>Needs editing: part %1 of %2 is too long for %3. Nothing was posted. Shorten it, or press Retry to split it again.</source>
        <translation>À modifier : la partie %1 sur %2 est trop longue pour %3. Rien n’a été publié. Raccourcissez-la, ou appuyez sur Réessayer pour la découper à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="124"/>
        <source>Unknown time zone in the event file: %1 (use an IANA name such as Africa/Nairobi).</source>
        <translation>Fuseau horaire inconnu dans le fichier de l’événement : %1 (utilisez un nom IANA comme Africa/Nairobi).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="266"/>
        <source>The event file is invalid at %1: it contains a control character (%2); only descriptions, notes and templates may have line breaks.</source>
        <extracomment>texts that may run over several lines (tabs and line breaks allowed)</extracomment>
        <translation>Le fichier de l’événement n’est pas valide à %1 : il contient un caractère de contrôle (%2) ; seules les descriptions, notes et modèles peuvent avoir des retours à la ligne.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="71"/>
        <source>%1 contains a number with %2 digits; at most %3 are accepted.</source>
        <extracomment>the longest integer accepted, in digits: 64-bit values have at most 20 the largest reply body :func:`response_json` accepts a quick test for a ````–```` escape; only then are strings walked</extracomment>
        <translation>%1 contient un nombre de %2 chiffres ; %3 au plus sont acceptés.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="84"/>
        <source>%1 contains a number too large to use: %2.</source>
        <translation>%1 contient un nombre trop grand pour être utilisé : %2.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="90"/>
        <source>%1 contains %2, which is not a JSON value.</source>
        <translation>%1 contient %2, qui n’est pas une valeur JSON.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="51"/>
        <location filename="../core/jsonsafe.py" line="102"/>
        <source>%1 is too large (%2 KB; at most %3 KB is accepted).</source>
        <translation>%1 est trop volumineux (%2 Ko ; %3 Ko au plus sont acceptés).</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="110"/>
        <source>%1 is not UTF-8 text (at byte %2).</source>
        <translation>%1 n’est pas du texte UTF-8 (à l’octet %2).</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="126"/>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 n’est pas du JSON valide (ligne %2, colonne %3 : %4).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="74"/>
        <location filename="../core/jsonsafe.py" line="131"/>
        <source>%1 is not valid JSON: it is nested too deeply.</source>
        <translation>%1 n’est pas du JSON valide : l’imbrication est trop profonde.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="136"/>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 n’est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="169"/>
        <source>%1 contains text that is not valid Unicode (%2).</source>
        <translation>%1 contient du texte qui n’est pas de l’Unicode valide (%2).</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="76"/>
        <source>The pack address %1 is not a web address (it must start with https://).</source>
        <translation>L’adresse du paquet %1 n’est pas une adresse web (elle doit commencer par https://).</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="92"/>
        <source>The pack address %1 is not secure: use https:// (plain http:// is only accepted on this computer or the local network).</source>
        <translation>L’adresse du paquet %1 n’est pas sécurisée : utilisez https:// (http:// simple n’est accepté que sur cet ordinateur ou le réseau local).</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="147"/>
        <source>%1: the server sent the app on to another server (%2); for safety it was not followed.</source>
        <translation>%1 : le serveur a renvoyé l’application vers un autre serveur (%2) ; par sécurité, elle ne l’a pas suivi.</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="153"/>
        <source>On hotel or venue Wi-Fi, open any web page to log in first, then try again. Otherwise check the pack address.</source>
        <translation>Sur le Wi-Fi d’un hôtel ou d’un lieu d’accueil, ouvrez d’abord une page web pour vous connecter, puis réessayez. Sinon, vérifiez l’adresse du paquet.</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="162"/>
        <source>%1: the server redirected too many times.</source>
        <translation>%1 : le serveur a redirigé trop de fois.</translation>
    </message>
    <message>
        <location filename="../core/userfile.py" line="44"/>
        <location filename="../core/userfile.py" line="52"/>
        <source>%1 is a folder, not a file.</source>
        <extracomment>never block on a FIFO or device while opening (POSIX); Windows has no such files</extracomment>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../core/userfile.py" line="54"/>
        <source>%1 is not an ordinary file (a device, pipe or socket).</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique, un tube ou un socket).</translation>
    </message>
    <message>
        <location filename="../core/userfile.py" line="85"/>
        <source>%1 is too large (more than %2).</source>
        <translation>%1 est trop volumineux (plus de %2).</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="59"/>
        <source>The app&apos;s database %1 is damaged and could not be moved aside (%2). Close other programs using it and try again.</source>
        <translation>La base de données de l&apos;application %1 est endommagée et n&apos;a pas pu être mise de côté (%2). Fermez les autres programmes qui l&apos;utilisent et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="86"/>
        <source>The app&apos;s database %1 is in use by another program (another copy of the app, a backup or antivirus program). Close it and try again; nothing was changed.</source>
        <translation>La base de données de l&apos;application %1 est utilisée par un autre programme (une autre copie de l&apos;application, un programme de sauvegarde ou un antivirus). Fermez-le et réessayez ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="92"/>
        <source>Could not open the app&apos;s database %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Impossible d&apos;ouvrir la base de données de l&apos;application %1 : le disque est plein. Libérez de l&apos;espace et réessayez ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="104"/>
        <source>Could not open the app&apos;s database %1: the folder is read-only. Check the data folder and try again; nothing was changed.</source>
        <translation>Impossible d&apos;ouvrir la base de données de l&apos;application %1 : le dossier est en lecture seule. Vérifiez le dossier de données et réessayez ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="112"/>
        <source>Could not open the app&apos;s database %1 (%2); nothing was changed.</source>
        <translation>Impossible d&apos;ouvrir la base de données de l&apos;application %1 (%2) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="92"/>
        <source>The report can be written as .pdf, .html or .csv, not %1.</source>
        <translation>Le rapport peut être écrit en .pdf, .html ou .csv, pas %1.</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="292"/>
        <source>The report&apos;s end (%1) is not after its start (%2).</source>
        <translation>La fin du rapport (%1) n&apos;est pas après son début (%2).</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="304"/>
        <source>Could not write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="331"/>
        <source>%1: split into a thread; the app will post it at its time.</source>
        <translation>%1 : découpé en fil ; l’application le publiera à son heure.</translation>
    </message>
    <message>
        <location filename="../core/compose/enqueue.py" line="61"/>
        <source>Choose at least one account to post to.</source>
        <translation>Choisissez au moins un compte où publier.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="181"/>
        <location filename="../core/compose/enqueue.py" line="64"/>
        <location filename="../core/compose/enqueue.py" line="149"/>
        <source>The post is empty.</source>
        <translation>La publication est vide.</translation>
    </message>
    <message>
        <location filename="../core/compose/enqueue.py" line="68"/>
        <source>Picture %1 has no description (alt text). Add one so people who cannot see it know what it shows.</source>
        <translation>L’image %1 n’a pas de description (texte alternatif). Ajoutez-en une pour que les personnes qui ne la voient pas sachent ce qu’elle montre.</translation>
    </message>
    <message>
        <location filename="../core/compose/enqueue.py" line="80"/>
        <source>%1 takes at most %2 pictures per post.</source>
        <translation>%1 accepte au plus %2 images par publication.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="123"/>
        <source>%1 is not a key fingerprint (32 hexadecimal digits, like 3f2a-91bc-…).</source>
        <translation>%1 n’est pas une empreinte de clé (32 chiffres hexadécimaux, comme 3f2a-91bc-…).</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="98"/>
        <source>The pack&apos;s signature has an unreadable key.</source>
        <translation>La signature du paquet contient une clé illisible.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="100"/>
        <source>The pack&apos;s signature has an unreadable value.</source>
        <translation>La signature du paquet contient une valeur illisible.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="104"/>
        <source>The pack&apos;s signature has a key of the wrong length.</source>
        <translation>La signature du paquet contient une clé de longueur incorrecte.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="106"/>
        <source>The pack&apos;s signature value has the wrong length.</source>
        <translation>La valeur de la signature du paquet a une longueur incorrecte.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="155"/>
        <source>The pack&apos;s signature does not match its manifest: the manifest was changed after it was signed, or the signature is not the publisher&apos;s. Refused.</source>
        <translation>La signature du paquet ne correspond pas à son manifeste : le manifeste a été modifié après la signature, ou la signature n’est pas celle de l’éditeur. Refusé.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="203"/>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>La phrase secrète doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="245"/>
        <source>%1 is not a pack signing key file.</source>
        <translation>%1 n’est pas un fichier de clé de signature de paquets.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="251"/>
        <source>Could not open the key in %1: wrong passphrase, or the file is damaged.</source>
        <translation>Impossible d’ouvrir la clé de %1 : phrase secrète incorrecte, ou fichier endommagé.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="258"/>
        <source>%1 does not hold an Ed25519 key.</source>
        <translation>%1 ne contient pas de clé Ed25519.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="308"/>
        <source>%1 is not a publisher&apos;s public key (44 characters of base64).</source>
        <translation>%1 n’est pas une clé publique d’éditeur (44 caractères en base64).</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="343"/>
        <source>%1 is not a key file.</source>
        <translation>%1 n’est pas un fichier de clé.</translation>
    </message>
    <message>
        <location filename="../core/event/model.py" line="23"/>
        <source>The event details already on this computer are still used.</source>
        <translation>Les informations sur l’événement déjà présentes sur cet ordinateur restent utilisées.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="61"/>
        <location filename="../core/event/store.py" line="300"/>
        <source>The event file</source>
        <translation>Le fichier de l’événement</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="83"/>
        <source>The event file must contain a JSON object.</source>
        <translation>Le fichier de l’événement doit contenir un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="91"/>
        <source>This is not a shareASM event file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Ce n’est pas un fichier d’événement shareASM (« format » doit valoir « %1 »).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="99"/>
        <source>The event file uses format version %1; this app reads version %2.</source>
        <translation>Le fichier de l’événement utilise la version %1 du format ; cette application lit la version %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="103"/>
        <source>Update the app to read it. The event details already here are still used.</source>
        <translation>Mettez l’application à jour pour le lire. Les informations sur l’événement déjà présentes restent utilisées.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="111"/>
        <location filename="../core/library/manifest.py" line="284"/>
        <source>top level</source>
        <translation>racine</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="114"/>
        <source>The event file is invalid at %1: %2</source>
        <translation>Le fichier de l’événement est invalide à l’emplacement %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="135"/>
        <source>The event ends before it starts.</source>
        <translation>L’événement se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="142"/>
        <source>Two sessions share the id %1.</source>
        <translation>Deux sessions ont le même identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="149"/>
        <source>Session %1 ends before it starts.</source>
        <translation>La session %1 se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="173"/>
        <source>The next edition ends before it starts.</source>
        <translation>La prochaine édition se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="182"/>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="219"/>
        <source>%1 names a session the file does not have: %2.</source>
        <translation>%1 cite une session absente du fichier : %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="285"/>
        <source>%1 is not an ISO-8601 date and time: %2.</source>
        <extracomment>dates outside these years are refused (no real event, and date maths overflows)</extracomment>
        <translation>%1 n’est pas une date et heure ISO-8601 : %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="300"/>
        <source>%1 is out of range: %2.</source>
        <translation>%1 est hors limites : %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="313"/>
        <source>%1 is out of range: %2 (years %3 to %4 only).</source>
        <translation>%1 est hors limites : %2 (années %3 à %4 seulement).</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="166"/>
        <source>The app&apos;s database was damaged and could not be opened (%1). A new one was started; the old file was left where it was, so nothing is deleted.</source>
        <extracomment>the &quot;still open&quot; marker this connection removes when it closes cleanly damage found after the start: the marker stays, the next start checks SQLite&apos;s integrity check passed on this connection</extracomment>
        <translation>La base de données de l’application était endommagée et n’a pas pu être ouverte (%1). Une nouvelle a été créée ; l’ancien fichier est resté à sa place, donc rien n’est supprimé.</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="176"/>
        <source>The app&apos;s database was damaged and could not be opened (%1). A new one was started; the old file was kept as %2, so nothing is deleted.</source>
        <translation>La base de données de l’application était endommagée et n’a pas pu être ouverte (%1). Une nouvelle a été créée ; l’ancien fichier a été conservé sous le nom %2, donc rien n’est supprimé.</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="233"/>
        <source>The database was made by a newer version of the app (schema %1, this app knows %2).</source>
        <translation>La base de données a été créée par une version plus récente de l’application (schéma %1, cette application connaît le %2).</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="239"/>
        <source>Install the newer version again, or start with another data folder.</source>
        <translation>Réinstallez la version plus récente, ou démarrez avec un autre dossier de données.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="138"/>
        <source>The app&apos;s database is busy: another copy of the app, or a backup or antivirus program, is using it. Try again in a moment.</source>
        <translation>La base de données de l’application est occupée : une autre copie de l’application, ou un programme de sauvegarde ou antivirus, l’utilise. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="158"/>
        <source>The input is not UTF-8 text (byte %1 cannot be read). Save it as UTF-8 and try again.</source>
        <extracomment>which module registers each subcommand: a start with a subcommand imports only its own module (``account`` pulls in the network clients and twitter-text, ``pack`` jsonschema: ~0.3 s a start, issue 19). tests/test_cli.py checks the table against the modules. Windows reports a pipe whose reader went away as EINVAL, not as BrokenPipeError global options that take a value (so their value is not taken for the subcommand)</extracomment>
        <translation>L’entrée n’est pas du texte UTF-8 (l’octet %1 est illisible). Enregistrez-la en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <location filename="../commands/accounts.py" line="71"/>
        <source>Give the %1 on standard input.</source>
        <translation>Donnez le %1 sur l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../commands/accounts.py" line="82"/>
        <source>No %1 was given on standard input.</source>
        <translation>Aucun %1 n’a été donné sur l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../commands/accounts.py" line="93"/>
        <source>%1 Accounts cannot be added from the command line until then.</source>
        <translation>%1 D’ici là, aucun compte ne peut être ajouté depuis la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="88"/>
        <source>More than one account is %1: give its id (see &apos;account list&apos;).</source>
        <translation>Plusieurs comptes correspondent à %1 : donnez son identifiant (voir « account list »).</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="94"/>
        <source>There is no account %1 (see &apos;account list&apos;).</source>
        <translation>Il n’y a pas de compte %1 (voir « account list »).</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="104"/>
        <source>The text is empty: there is nothing to count.</source>
        <translation>Le texte est vide : il n’y a rien à compter.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="114"/>
        <source>%1 is a %2 account, not %3.</source>
        <translation>%1 est un compte %2, pas %3.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="123"/>
        <source>Give --network or --account.</source>
        <translation>Indiquez --network ou --account.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="126"/>
        <source>--max must be a positive number.</source>
        <translation>--max doit être un nombre positif.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="178"/>
        <source>Give one --alt (a description) for each --image.</source>
        <translation>Donnez un --alt (une description) pour chaque --image.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="185"/>
        <source>The picture %1 could not be read.</source>
        <translation>L’image %1 n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="196"/>
        <source>%1 has passed (it is %2); leave out --at to post now.</source>
        <translation>%1 est déjà passé (il est %2) ; omettez --at pour publier maintenant.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="215"/>
        <source>No connected account can post: add one with &apos;account add-mastodon&apos; or &apos;account add-bluesky&apos;.</source>
        <translation>Aucun compte connecté ne peut publier : ajoutez-en un avec « account add-mastodon » ou « account add-bluesky ».</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="349"/>
        <source>Outbox item %1 is not waiting for a retry.</source>
        <translation>L’élément %1 de la boîte d’envoi n’attend pas de nouvel essai.</translation>
    </message>
    <message>
        <location filename="../commands/countdown.py" line="56"/>
        <source>Unknown time zone %1; use an IANA name such as Africa/Accra.</source>
        <translation>Fuseau horaire inconnu %1 ; utilisez un nom IANA comme Africa/Accra.</translation>
    </message>
    <message>
        <location filename="../commands/countdown.py" line="168"/>
        <source>No event address is set; give one: event-fetch URL</source>
        <translation>Aucune adresse d’événement n’est définie ; donnez-en une : event-fetch URL</translation>
    </message>
    <message>
        <location filename="../commands/feed.py" line="44"/>
        <source>The tag is empty.</source>
        <translation>Le mot-dièse est vide.</translation>
    </message>
    <message>
        <location filename="../commands/library.py" line="147"/>
        <source>%1 could not be read back intact; build again.</source>
        <translation>%1 n’a pas pu être relu intact ; reconstruisez-le.</translation>
    </message>
    <message>
        <location filename="../commands/library.py" line="203"/>
        <source>No pack is installed.</source>
        <translation>Aucun paquet n’est installé.</translation>
    </message>
    <message>
        <location filename="../commands/library.py" line="217"/>
        <source>No pack address: give one (pack sync URL) or set it in Settings → Library.</source>
        <translation>Pas d’adresse de paquet : donnez-en une (pack sync URL) ou définissez-la dans Paramètres → Bibliothèque.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="144"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="150"/>
        <source>No passphrase: type it, pipe it on standard input, or set %1.</source>
        <translation>Pas de phrase secrète : tapez-la, passez-la sur l’entrée standard, ou définissez %1.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="171"/>
        <source>%1 is inside the app&apos;s data folder. Keep a signing key somewhere else (a USB stick, your documents), never with the app&apos;s data.</source>
        <translation>%1 se trouve dans le dossier de données de l’application. Gardez une clé de signature ailleurs (une clé USB, vos documents), jamais avec les données de l’application.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="204"/>
        <source>No %1 in %2: give a pack folder.</source>
        <translation>Pas de %1 dans %2 : donnez un dossier de paquet.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="209"/>
        <source>%1 is inside the pack folder, which is copied and shared as it is. Keep the signing key somewhere else.</source>
        <translation>%1 se trouve dans le dossier du paquet, qui est copié et partagé tel quel. Gardez la clé de signature ailleurs.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="221"/>
        <source>The pack&apos;s files do not match its manifest; fix them before signing.</source>
        <translation>Les fichiers du paquet ne correspondent pas à son manifeste ; corrigez-les avant de signer.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="279"/>
        <source>No trusted key has the fingerprint %1.</source>
        <translation>Aucune clé de confiance n’a l’empreinte %1.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="379"/>
        <source>No share nearby offers the pack %1.</source>
        <translation>Aucun partage à proximité ne propose le paquet %1.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="113"/>
        <source>%1 To take it anyway: --trust-signer %2</source>
        <translation>%1 Pour le prendre quand même : --trust-signer %2</translation>
    </message>
    <message>
        <location filename="../core/clock.py" line="55"/>
        <source>Not an ISO-8601 date and time: %1</source>
        <extracomment>a computer clock this far from the servers&apos; is called wrong, corrected and shown the estimate is the median of this many recent replies</extracomment>
        <translation>Ce n’est pas une date et heure ISO-8601 : %1</translation>
    </message>
    <message>
        <location filename="../core/clock.py" line="59"/>
        <source>The time %1 has no time zone; add Z or an offset such as +03:00.</source>
        <translation>L’heure %1 n’a pas de fuseau horaire ; ajoutez Z ou un décalage comme +03:00.</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="31"/>
        <source>the disk is full</source>
        <extracomment>errors that mean &quot;this disk or folder will not take the write&quot;</extracomment>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="32"/>
        <source>permission was refused</source>
        <translation>l’autorisation a été refusée</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="36"/>
        <source>the file is too big for this disk</source>
        <translation>le fichier est trop gros pour ce disque</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="37"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="40"/>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="52"/>
        <source>Could not use %1: %2.</source>
        <translation>Impossible d’utiliser %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="55"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../core/event/ics.py" line="117"/>
        <source>The calendar file could not be made: %1</source>
        <translation>Le fichier d’agenda n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <location filename="../core/event/ics.py" line="121"/>
        <source>The calendar file could not be made: no events.</source>
        <translation>Le fichier d’agenda n’a pas pu être créé : aucun événement.</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="166"/>
        <source>The saved event file could not be read; the details shipped with the app are used (%1).</source>
        <extracomment>sha256 of the shipped event file as it passed the schema in the tests (tests/core/event/test_store.py checks it; after editing the shipped file, put its new hash here). A shipped file with another hash is checked on its first start instead. how many accepted files&apos; hashes ``checked.json`` keeps &quot;shipped&quot;, &quot;url&quot; or &quot;file&quot; the URL or file name it came from (&quot;&quot; for the shipped file) when the file was last fetched or opened (ISO-8601 UTC), &quot;&quot; for shipped ids of sessions that are new or changed since the previous file a message when the newer file could not be used, else &quot;&quot; &quot;updated&quot;, &quot;unchanged&quot;, or &quot;dropped&quot; (not installed: the address changed, or another file was installed while it was fetched) the state file&apos;s text when the fetch began: it is installed only over that the file; None when the server said &quot;not modified&quot; when it was fetched (the server&apos;s time, as the HTTP client corrects it) sha256 of files that passed the schema (shipped or accepted): checked once, not on every start (issue 19: the schema check imports jsonschema, ~0.1 s)</extracomment>
        <translation>Le fichier de l’événement enregistré n’a pas pu être lu ; les informations fournies avec l’application sont utilisées (%1).</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="284"/>
        <source>The event address must start with https:// (%1).</source>
        <translation>L’adresse de l’événement doit commencer par https:// (%1).</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="294"/>
        <source>The event server said &apos;not modified&apos; but nothing is saved.</source>
        <translation>Le serveur de l’événement a répondu « non modifié », mais rien n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="306"/>
        <source>The event file at that address is too large (%1 KB).</source>
        <translation>Le fichier de l’événement à cette adresse est trop volumineux (%1 Ko).</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="364"/>
        <source>The event file at that address is too large (over %1 KB).</source>
        <translation>Le fichier de l’événement à cette adresse est trop volumineux (plus de %1 Ko).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="68"/>
        <source>%1 is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8) and build again.</source>
        <extracomment>stem -&gt; {lang or &quot;&quot;: path}</extracomment>
        <translation>%1 n’est pas du texte UTF-8. Enregistrez-le en UTF-8 (dans le Bloc-notes : Enregistrer sous → Codage : UTF-8) et reconstruisez.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="91"/>
        <source>%1, line %2: a caption of %3 characters; at most %4.</source>
        <translation>%1, ligne %2 : une légende de %3 caractères ; %4 au maximum.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="107"/>
        <source>%1 is an image with an absurd number of pixels; make it smaller.</source>
        <translation>%1 est une image au nombre de pixels aberrant ; réduisez-la.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="114"/>
        <source>%1 is not a JPEG or PNG image.</source>
        <translation>%1 n’est pas une image JPEG ou PNG.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="119"/>
        <source>%1 is not a JPEG or PNG image (it holds %2 data); save it as JPEG or PNG.</source>
        <translation>%1 n’est pas une image JPEG ou PNG (elle contient des données %2) ; enregistrez-la en JPEG ou PNG.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="127"/>
        <source>%1 is %2×%3 pixels, too large for a page (at most %4 megapixels); make it smaller.</source>
        <translation>%1 fait %2×%3 pixels, trop grand pour une page (%4 mégapixels au maximum) ; réduisez-la.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="144"/>
        <source>%1 is not a folder. Give the folder that holds the pages.</source>
        <translation>%1 n’est pas un dossier. Donnez le dossier qui contient les pages.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="161"/>
        <source>%1: Windows cannot store a file of that name; rename it.</source>
        <translation>%1 : Windows ne peut pas enregistrer un fichier portant ce nom ; renommez-le.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="171"/>
        <source>%1: %2 is not a language code; use two or three lower-case letters (captions.en.txt, captions.sw.txt, captions.pt-BR.txt).</source>
        <translation>%1 : %2 n’est pas un code de langue ; utilisez deux ou trois lettres minuscules (captions.en.txt, captions.sw.txt, captions.pt-BR.txt).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="183"/>
        <source>%1: %2 is not a language code.</source>
        <translation>%1 : %2 n’est pas un code de langue.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="193"/>
        <source>%1 is an image without a page number; name the pages 01%2, 02%2 … (or move %1 out of the folder).</source>
        <translation>%1 est une image sans numéro de page ; nommez les pages 01%2, 02%2 … (ou sortez %1 du dossier).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="203"/>
        <source>%1 and %2 are both page %3; keep one.</source>
        <translation>%1 et %2 sont tous deux la page %3 ; gardez-en un.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="42"/>
        <source>%1 and %2 are the same edition.</source>
        <extracomment>files an operating system or editor leaves in folders; skipped without a word a caption or title file larger than this is not a caption file the schema&apos;s limit for one caption a page whose longer side exceeds this is fine but heavy to download: a warning ``brief.sw.pdf``: the Swahili edition of the publication ``brief`` %1 and %2: two files that are the same edition of one publication or video</extracomment>
        <translation>%1 et %2 sont la même édition.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="220"/>
        <source>The folder holds files a pack does not carry: %1. A pack takes numbered JPEG/PNG pages, captions.LANG.txt, title.LANG.txt, PDFs and videos (.mp4, .webm …); move the others out.</source>
        <translation>Le dossier contient des fichiers qu’un paquet ne transporte pas : %1. Un paquet prend des pages JPEG/PNG numérotées, captions.LANG.txt, title.LANG.txt, des PDF et des vidéos (.mp4, .webm …) ; sortez les autres.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="233"/>
        <source>Page %1 is missing: there are %2 page files numbered up to %3. Number them 01, 02, 03 … without gaps.</source>
        <translation>La page %1 manque : il y a %2 fichiers de page numérotés jusqu’à %3. Numérotez-les 01, 02, 03 … sans trou.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="244"/>
        <source>%1 has captions but the folder has no numbered pages.</source>
        <translation>%1 contient des légendes, mais le dossier n’a pas de pages numérotées.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="251"/>
        <source>%1 has %2 lines for %3 pages: write one line per page, in page order (an empty line for a page without a caption).</source>
        <translation>%1 a %2 lignes pour %3 pages : écrivez une ligne par page, dans l’ordre des pages (une ligne vide pour une page sans légende).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="260"/>
        <source>%1 holds nothing to pack: no numbered pages (01.jpg …), PDFs or videos.</source>
        <translation>%1 ne contient rien à empaqueter : ni pages numérotées (01.jpg …), ni PDF, ni vidéos.</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="130"/>
        <source>Give the pack a title (--title).</source>
        <extracomment>things worth knowing that did not stop the build (large pages)</extracomment>
        <translation>Donnez un titre au paquet (--title).</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="135"/>
        <source>%1: the pack file name must end in .zip.</source>
        <translation>%1 : le nom du fichier du paquet doit se terminer par .zip.</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="140"/>
        <source>Write the pack outside the folder it is made from (not %1): a second build would find the archive among the pages.</source>
        <translation>Écrivez le paquet hors du dossier dont il est fait (pas %1) : une seconde construction trouverait l’archive parmi les pages.</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="150"/>
        <source>The title gives no usable pack id; add --id with lower-case letters and digits (e.g. --id shareasm-2026).</source>
        <translation>Le titre ne donne pas d’identifiant de paquet utilisable ; ajoutez --id avec des lettres minuscules et des chiffres (p. ex. --id shareasm-2026).</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="192"/>
        <source>The pack would be invalid: %1</source>
        <translation>Le paquet serait invalide : %1</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="51"/>
        <source>Start the update again to continue where it stopped.</source>
        <translation>Relancez la mise à jour pour reprendre là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="200"/>
        <source>The server&apos;s copy of %1 is shorter than the pack says (%2 bytes kept, %3 expected).</source>
        <translation>La copie de %1 sur le serveur est plus courte que ce qu’indique le paquet (%2 octets conservés, %3 attendus).</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="215"/>
        <source>The server sent the wrong part of %1; it will start over.</source>
        <translation>Le serveur a envoyé la mauvaise partie de %1 ; le téléchargement va recommencer.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="45"/>
        <source>The download was stopped.</source>
        <extracomment>why a download ended when the user stopped it</extracomment>
        <translation>Le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="276"/>
        <source>Could not save %1: %2. What arrived so far is kept.</source>
        <translation>Impossible d’enregistrer %1 : %2. Ce qui est déjà arrivé est conservé.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="287"/>
        <source>The download of %1 ended early (%2 of %3 bytes); it will resume from where it stopped.</source>
        <translation>Le téléchargement de %1 s’est arrêté trop tôt (%2 octets sur %3) ; il reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="247"/>
        <source>The pack names an unsafe file path: %1 (absolute).</source>
        <extracomment>a manifest larger than this is refused before parsing (a pack of 1,000s of items is ~1 MB) the largest single file a pack may declare (a long video); larger is &quot;absurd&quot; a host name or IPv4 address, lower case (the only other servers files may come from) &quot;integer&quot; means int here: the standard validator takes 45.0 (and ``sha256`` slicing, ``range`` and HTTP Range maths then fail far away from the manifest) names Windows keeps for devices, whatever the case or extension (&quot;nul.txt&quot;, &quot;COM0.pdf&quot;, &quot;CONIN$&quot;): learn.microsoft.com/windows/win32/fileio/naming-a-file schema patterns end in ``$``, which Python&apos;s ``re`` also matches before a final newline; line and paragraph separators and direction overrides would let a signer&apos;s name print lines of its own (&quot;Signed by IIED (trusted)&quot;) or turn words around other servers a file download may be redirected to (a CDN), besides the pack&apos;s own who signed the manifest (checked when parsed), None when unsigned</extracomment>
        <translation>Le paquet cite un chemin de fichier dangereux : %1 (absolu).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="253"/>
        <source>The pack names an unsafe file path: %1.</source>
        <translation>Le paquet cite un chemin de fichier dangereux : %1.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="258"/>
        <source>The pack names a file path with forbidden characters: %1.</source>
        <translation>Le paquet cite un chemin de fichier avec des caractères interdits : %1.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="269"/>
        <source>The pack names a file that Windows cannot store: %1.</source>
        <translation>Le paquet cite un fichier que Windows ne peut pas enregistrer : %1.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="287"/>
        <location filename="../core/library/sync.py" line="45"/>
        <source>The pack manifest</source>
        <extracomment>names the manifest in messages about its download</extracomment>
        <translation>Le manifeste du paquet</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="301"/>
        <source>This pack uses format %1, made for a newer version of the app (this one reads format %2). Please update the app.</source>
        <translation>Ce paquet utilise le format %1, prévu pour une version plus récente de l’application (celle-ci lit le format %2). Veuillez mettre l’application à jour.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="314"/>
        <source>The pack manifest is invalid at %1: %2 (and %3 more problems).</source>
        <translation>Le manifeste du paquet est invalide à l’emplacement %1 : %2 (et %3 autres problèmes).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="320"/>
        <source>The pack manifest is invalid at %1: %2.</source>
        <translation>Le manifeste du paquet est invalide à l’emplacement %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="346"/>
        <source>The pack manifest is invalid at %1: %2 has a control character.</source>
        <translation>Le manifeste du paquet est invalide à l’emplacement %1 : %2 contient un caractère de contrôle.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="362"/>
        <source>The pack lists the item %1 twice (items/%2).</source>
        <translation>Le paquet liste l’élément %1 deux fois (items/%2).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="374"/>
        <source>Item %1 names the manifest itself as a file.</source>
        <translation>L’élément %1 cite le manifeste lui-même comme fichier.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="391"/>
        <source>Item %1: the files %2 and %3 differ only in capital letters; Windows and macOS cannot keep both.</source>
        <translation>Élément %1 : les fichiers %2 et %3 ne diffèrent que par les majuscules ; Windows et macOS ne peuvent pas garder les deux.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="401"/>
        <source>Item %1: the file %2 is listed twice with different contents.</source>
        <translation>Élément %1 : le fichier %2 est listé deux fois avec des contenus différents.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="412"/>
        <source>Item %1 (%2) has neither a web address nor files.</source>
        <translation>L’élément %1 (%2) n’a ni adresse web ni fichiers.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="417"/>
        <source>Item %1 (%2) has no language edition.</source>
        <translation>L’élément %1 (%2) n’a aucune édition linguistique.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="422"/>
        <source>Item %1 has no title in any language.</source>
        <translation>L’élément %1 n’a de titre dans aucune langue.</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="94"/>
        <source>%1 is not the address of a share on this network (it looks like 192.168.1.20:8737).</source>
        <extracomment>how long ``pack peers`` listens for announcements by default how long a laptop waits in all for a turn at a busy share (a dozen laptops, one share)</extracomment>
        <translation>%1 n’est pas l’adresse d’un partage sur ce réseau (elle ressemble à 192.168.1.20:8737).</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="110"/>
        <source>The share</source>
        <translation>Le partage</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="132"/>
        <source>%1 is not a pack share of this app.</source>
        <translation>%1 n’est pas un partage de paquets de cette application.</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="192"/>
        <source>Could not listen for shares on this network (%1). Type the address the other laptop shows instead.</source>
        <translation>Impossible d’écouter les partages sur ce réseau (%1). Tapez plutôt l’adresse qu’affiche l’autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/library/lan.py" line="73"/>
        <source>%1 is not a private network address; packs are shared only on a local network (10.x, 172.16–31.x, 192.168.x, 169.254.x) or on this computer.</source>
        <extracomment>adapters of virtual machines and containers (WSL, Hyper-V, Docker, VirtualBox, VMware)</extracomment>
        <translation>%1 n’est pas une adresse de réseau privé ; les paquets ne sont partagés que sur un réseau local (10.x, 172.16–31.x, 192.168.x, 169.254.x) ou sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/library/share.py" line="290"/>
        <source>This computer is not on a local network (no private address such as 192.168.x.x), so there is nothing to share on. Join the venue&apos;s Wi-Fi first.</source>
        <extracomment>DNS-SD service type of a pack share the port tried first, so an address typed by hand stays the same across starts seconds a client is told to wait when every download slot is taken a stalled client is dropped after this many seconds</extracomment>
        <translation>Cet ordinateur n’est pas sur un réseau local (pas d’adresse privée comme 192.168.x.x) : il n’y a donc rien sur quoi partager. Connectez-vous d’abord au Wi-Fi du lieu.</translation>
    </message>
    <message>
        <location filename="../core/library/share.py" line="298"/>
        <source>%1 is not a port number (1 to 65535).</source>
        <translation>%1 n’est pas un numéro de port (1 à 65535).</translation>
    </message>
    <message>
        <location filename="../core/library/share.py" line="314"/>
        <source>Could not open port %1 for sharing: %2.</source>
        <translation>Impossible d’ouvrir le port %1 pour le partage : %2.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="98"/>
        <source>%1 points outside the pack.</source>
        <extracomment>an archive whose entries claim more than this in total is refused outright</extracomment>
        <translation>%1 pointe hors du paquet.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="117"/>
        <source>%1 is not a readable zip archive (%2).</source>
        <translation>%1 n’est pas une archive zip lisible (%2).</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="138"/>
        <source>The archive contains an absolute path: %1. Refused.</source>
        <translation>L’archive contient un chemin absolu : %1. Refusée.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="145"/>
        <source>The archive contains a path leaving the pack: %1. Refused.</source>
        <translation>L’archive contient un chemin qui sort du paquet : %1. Refusée.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="153"/>
        <source>The archive contains a link: %1. Refused.</source>
        <translation>L’archive contient un lien : %1. Refusée.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="159"/>
        <source>The archive declares an absurd size. Refused.</source>
        <translation>L’archive déclare une taille aberrante. Refusée.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="164"/>
        <source>The archive contains %1 twice. Refused.</source>
        <translation>L’archive contient %1 deux fois. Refusée.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="193"/>
        <source>%1 uses a compression the app cannot read</source>
        <translation>%1 utilise une compression que l’application ne sait pas lire</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="198"/>
        <source>%1 is encrypted in the archive</source>
        <translation>%1 est chiffré dans l’archive</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="226"/>
        <source>%1 is neither a folder nor an archive.</source>
        <translation>%1 n’est ni un dossier ni une archive.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="231"/>
        <source>%1 is not a regular file</source>
        <extracomment>the problems with one file of a pack (no full stop: they are parts of a sentence)</extracomment>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="232"/>
        <source>%1 is damaged in the archive (%2)</source>
        <translation>%1 est endommagé dans l’archive (%2)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="71"/>
        <source>%1 is missing</source>
        <extracomment>a page image larger than this many pixels is refused (a 12,000 × 8,000 scan is 96 MP) &quot;queued&quot; while waiting for another job&apos;s writing turn (``current`` names that job: &quot;sync&quot;, &quot;copy&quot;, …), else &quot;&quot; more problems with one file of a pack (see pack_source)</extracomment>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="72"/>
        <source>%1 is an image with an absurd number of pixels</source>
        <translation>%1 est une image au nombre de pixels aberrant</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="80"/>
        <source>The copy was stopped; nothing was changed.</source>
        <extracomment>why an import or export ended before its end</extracomment>
        <translation>La copie a été arrêtée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="128"/>
        <source>%1 is larger than the pack declares</source>
        <extracomment>what reading a damaged zip entry raises (zipfile checks headers and CRCs lazily)</extracomment>
        <translation>%1 est plus gros que ce que déclare le paquet</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="132"/>
        <source>%1 is truncated (%2 of %3 bytes)</source>
        <translation>%1 est tronqué (%2 octets sur %3)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="137"/>
        <source>%1 is damaged or was changed (checksum differs)</source>
        <translation>%1 est endommagé ou a été modifié (la somme de contrôle diffère)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="166"/>
        <source>%1 is an image with an absurd number of pixels (%2×%3)</source>
        <translation>%1 est une image au nombre de pixels aberrant (%2×%3)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="273"/>
        <source>Item %1: %2. Nothing was installed.</source>
        <translation>Élément %1 : %2. Rien n’a été installé.</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="326"/>
        <source>The pack %1 is not installed.</source>
        <translation>Le paquet %1 n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="109"/>
        <source>The file %1 has %2 bytes, the pack says %3: it is truncated or was changed.</source>
        <extracomment>the writing turn, shared by every store on this folder</extracomment>
        <translation>Le fichier %1 fait %2 octets, le paquet en indique %3 : il est tronqué ou a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="117"/>
        <source>The file %1 is damaged or was changed (checksum differs).</source>
        <translation>Le fichier %1 est endommagé ou a été modifié (la somme de contrôle diffère).</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="142"/>
        <source>Could not store %1: %2.</source>
        <translation>Impossible de stocker %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="180"/>
        <source>The pack is incomplete: %1 files are missing, first %2.</source>
        <translation>Le paquet est incomplet : %1 fichiers manquent, à commencer par %2.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="112"/>
        <source>The pack address answered with a web page, not a pack. The network may want you to log in first (hotel or venue Wi-Fi), or the address in Settings → Library is wrong.</source>
        <extracomment>local hours counted as &quot;night&quot; for the only-at-night setting bytes per second over this session (0 until measurable) seconds left at that speed, or None when unknown &quot;manifest&quot; | &quot;download&quot; | &quot;waiting&quot; (for a turn at a busy share) | &quot;install&quot;, or &quot;queued&quot;: waiting for another job writing the pack store (``current`` names that job: &quot;sync&quot;, &quot;copy&quot;, &quot;import&quot;, &quot;download&quot;, &quot;sample&quot;)</extracomment>
        <translation>L’adresse du paquet a répondu par une page web, pas par un paquet. Le réseau vous demande peut-être de vous connecter d’abord (Wi-Fi d’hôtel ou du lieu), ou l’adresse dans Paramètres → Bibliothèque est fausse.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="219"/>
        <source>The new pack needs %1 MB more, but only %2 MB are free on this computer.</source>
        <translation>Le nouveau paquet a besoin de %1 Mo de plus, mais seuls %2 Mo sont libres sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="267"/>
        <source>%1 The download was rejected.</source>
        <translation>%1 Le téléchargement a été rejeté.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="271"/>
        <source>%1: %2 The download was rejected.</source>
        <translation>%1 : %2 Le téléchargement a été rejeté.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="336"/>
        <source>This pack was installed from a folder or archive; it has no download address.</source>
        <translation>Ce paquet a été installé depuis un dossier ou une archive ; il n’a pas d’adresse de téléchargement.</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="26"/>
        <source>Bluesky: the login has expired.</source>
        <translation>Bluesky : la connexion a expiré.</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="139"/>
        <source>a Bluesky post is not an object</source>
        <extracomment>where bsky.app shows hashtags and profiles</extracomment>
        <translation>un message Bluesky n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="142"/>
        <source>a Bluesky post has no at:// uri</source>
        <translation>un message Bluesky n’a pas d’URI at://</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="197"/>
        <source>the search reply has no list of posts</source>
        <translation>la réponse de recherche ne contient pas de liste de messages</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="299"/>
        <source>Bluesky needs a login to search posts.</source>
        <extracomment>False when paging back to ``since`` stopped short (paging budget, page cap) whose session ``auth`` is (for messages)</extracomment>
        <translation>Bluesky demande une connexion pour rechercher des messages.</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="300"/>
        <source>Add a Bluesky account (with an app password) in Accounts.</source>
        <translation>Ajoutez un compte Bluesky (avec un mot de passe d’application) dans Comptes.</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="233"/>
        <source>a status is not an object</source>
        <translation>un statut n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="166"/>
        <location filename="../core/live/mastodon.py" line="244"/>
        <source>a status has no uri</source>
        <extracomment>more attachments or tags than any server allows are ignored</extracomment>
        <translation>un statut n’a pas d’URI</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="301"/>
        <source>the server did not send a list of posts</source>
        <translation>le serveur n’a pas envoyé de liste de messages</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="327"/>
        <source>the instance description is not an object</source>
        <extracomment>public | authenticated | disabled (for hashtag feeds of remote posts) the server&apos;s own domain (``host:port`` off the default port), &quot;&quot; when not said</extracomment>
        <translation>la description de l’instance n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="417"/>
        <source>%1: the instance description is unreadable.</source>
        <extracomment>the newest id to poll from next time (&quot;&quot; when nothing came) requests made that carried min_id/max_id (count against the paging budget) False when paging back to ``since`` stopped before reaching it (budget, page cap) the instance&apos;s domain for local authors&apos; handles (set from the instance info)</extracomment>
        <translation>%1 : la description de l’instance est illisible.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="33"/>
        <source>The image is too large to show on this connection.</source>
        <translation>L’image est trop volumineuse pour être affichée avec cette connexion.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="34"/>
        <source>The image took too long to load.</source>
        <translation>L’image a mis trop de temps à se charger.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="91"/>
        <source>Not a web address for an image.</source>
        <extracomment>temporary files of downloads being written (a stale one is evicted like any file) a whole download may take this long: a server dripping a byte every few seconds never trips the read timeout, and would hold a network worker downloads being written by this process (never evicted mid-write) per url, the download under way (the others wait for it)</extracomment>
        <translation>Ce n’est pas une adresse web d’image.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="124"/>
        <source>The image</source>
        <translation>L’image</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="128"/>
        <source>Not an image (%1).</source>
        <translation>Ce n’est pas une image (%1).</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="145"/>
        <source>The image could not be loaded: %1</source>
        <translation>L’image n’a pas pu être chargée : %1</translation>
    </message>
    <message>
        <location filename="../core/live/model.py" line="208"/>
        <location filename="../core/live/model.py" line="263"/>
        <source>A cached post is unreadable: %1</source>
        <extracomment>the version of :meth:`Post.to_row`&apos;s form (the first item of every row) image | gifv | video | audio | link | unknown alt text (image description), &quot;&quot; when the author gave none &quot;user@instance&quot; (Mastodon) or &quot;handle.bsky.social&quot; the dedupe key: the original&apos;s ``uri`` (a repost is keyed by what it reposts) sanitized HTML (Mastodon subset) and its plain-text rendering handle of who reposted it, when seen as a repost where it was seen: &quot;mastodon:https://host&quot; or &quot;bluesky&quot; the post&apos;s id on that source (opaque string; for deletes) Bluesky content id / other per-network extras (read-only; most posts share one empty mapping, issue 19: memory)</extracomment>
        <translation>Un message en cache est illisible : %1</translation>
    </message>
    <message>
        <location filename="../core/live/model.py" line="231"/>
        <source>A cached post has an unknown form (%1).</source>
        <translation>Une publication en cache a une forme inconnue (%1).</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="61"/>
        <source>An instance address is empty.</source>
        <extracomment>paging back to ``since`` stopped short (paging budget or page cap)</extracomment>
        <translation>Une adresse d’instance est vide.</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="67"/>
        <source>Not an instance address: %1</source>
        <translation>Ce n’est pas une adresse d’instance : %1</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="152"/>
        <source>%1 has switched hashtag timelines off.</source>
        <extracomment>read back to this time on the first poll (the ``feed --since`` command) held for a whole poll (a worker thread); never taken on the GUI thread held only to move the cursor: any thread, never across a request</extracomment>
        <translation>%1 a désactivé les fils par mot-dièse.</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="360"/>
        <source>Unknown source %1: use mastodon:https://instance, bluesky[:URL] or x.</source>
        <extracomment>pages read back to ``feed --since`` at most (each source), besides the paging budget read back to this time on the first poll (the ``feed --since`` command)</extracomment>
        <translation>Source inconnue %1 : utilisez mastodon:https://instance, bluesky[:URL] ou x.</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="137"/>
        <source>A streamed post</source>
        <extracomment>Mastodon sends a &quot;:thump&quot; comment every ~15 s; miss three and the stream is dead the server&apos;s ``retry:`` in milliseconds, if it sent one update | status.update | delete</extracomment>
        <translation>Un message diffusé en direct</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="140"/>
        <source>a streamed post is not JSON</source>
        <translation>un message diffusé en direct n’est pas du JSON</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="225"/>
        <source>The live stream failed: %1</source>
        <translation>Le flux en direct a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="251"/>
        <source>The live stream from %1 dropped.</source>
        <translation>Le flux en direct de %1 a été coupé.</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="259"/>
        <source>%1 did not answer with a live stream (a Wi-Fi login page or a proxy?).</source>
        <translation>%1 n’a pas répondu par un flux en direct (une page de connexion Wi-Fi ou un proxy ?).</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="294"/>
        <source>The live stream from %1 went quiet or dropped.</source>
        <translation>Le flux en direct de %1 s’est tu ou a été coupé.</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="303"/>
        <source>The live stream from %1 was closed by the server.</source>
        <translation>Le flux en direct de %1 a été fermé par le serveur.</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="40"/>
        <source>the X reply is not an object</source>
        <translation>la réponse de X n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="43"/>
        <source>the X reply has no list of posts</source>
        <translation>la réponse de X ne contient pas de liste de messages</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="60"/>
        <source>an X post has no id</source>
        <translation>un message X n’a pas d’identifiant</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="211"/>
        <source>X refused the API credentials (reading needs a paid developer account).</source>
        <extracomment>(start, end, where it opens, what it shows, what the text must say there)</extracomment>
        <translation>X a refusé les identifiants d’API (la lecture exige un compte développeur payant).</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="215"/>
        <source>Check the X credentials in Accounts, or remove them.</source>
        <translation>Vérifiez les identifiants X dans Comptes, ou supprimez-les.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="13"/>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="15"/>
        <source>Could not write %1: %2.</source>
        <extracomment>%1 a file or folder, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="17"/>
        <source>Could not save %1: %2.</source>
        <extracomment>%1 a file, %2 why not (&quot;the disk is full&quot;)</extracomment>
        <translation>Impossible d’enregistrer %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="19"/>
        <source>%1 already exists; choose another file name.</source>
        <extracomment>%1 a file</extracomment>
        <translation>%1 existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="21"/>
        <source>%1: the reply was cut off or unreadable.</source>
        <extracomment>%1 the server or network (&quot;Bluesky&quot;, &quot;mastodon.social&quot;)</extracomment>
        <translation>%1 : la réponse a été coupée ou est illisible.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="23"/>
        <source>%1 wants a login to show hashtags.</source>
        <extracomment>%1 the server</extracomment>
        <translation>%1 demande une connexion pour afficher les mots-dièse.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="25"/>
        <source>Not a time: %1.</source>
        <extracomment>%1 the value that is not a time</extracomment>
        <translation>Ce n’est pas une heure : %1.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="27"/>
        <source>The pack manifest is too large to be genuine.</source>
        <extracomment>a pack whose manifest is absurdly large</extracomment>
        <translation>Le manifeste du paquet est trop volumineux pour être authentique.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="29"/>
        <source>No %1 was found in %2.</source>
        <extracomment>%1 the manifest file name, %2 the folder or archive</extracomment>
        <translation>Aucun %1 trouvé dans %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="31"/>
        <source>%1 is a link; packs may not contain links.</source>
        <extracomment>%1 a file in a pack</extracomment>
        <translation>%1 est un lien ; les paquets ne peuvent pas contenir de liens.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="33"/>
        <source>%1 could not be read (%2)</source>
        <extracomment>%1 a file in a pack, %2 the system&apos;s reason (no full stop: also part of a sentence)</extracomment>
        <translation>%1 n’a pas pu être lu (%2)</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="47"/>
        <source>%1: no saved login on this computer.</source>
        <extracomment>%1 an account&apos;s name</extracomment>
        <translation>%1 : aucune connexion enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="49"/>
        <source>%1: the saved login is unreadable.</source>
        <extracomment>%1 an account&apos;s name</extracomment>
        <translation>%1 : la connexion enregistrée est illisible.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="51"/>
        <source>%1: the server no longer accepts the login.</source>
        <extracomment>%1 an account&apos;s name</extracomment>
        <translation>%1 : le serveur n’accepte plus la connexion.</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="257"/>
        <source>The pack needs %1 MB but only %2 MB are free.</source>
        <translation>Le paquet a besoin de %1 Mo, mais seuls %2 Mo sont libres.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="35"/>
        <source>The download of %1 was cut; it will resume from where it stopped.</source>
        <extracomment>%1 a server or file, the download stopped half-way</extracomment>
        <translation>Le téléchargement de %1 a été coupé ; il reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="39"/>
        <source>Could not save to the database: %1.</source>
        <extracomment>%1 the database&apos;s reason</extracomment>
        <translation>Impossible d’enregistrer dans la base de données : %1.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="41"/>
        <source>There is no outbox item %1.</source>
        <extracomment>%1 an outbox item number</extracomment>
        <translation>Il n’y a pas d’élément %1 dans la boîte d’envoi.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="43"/>
        <source>Add a Mastodon account on this instance in Accounts, or remove it.</source>
        <extracomment>the way forward when a Mastodon instance wants a login to show hashtags</extracomment>
        <translation>Ajoutez un compte Mastodon sur cette instance dans Comptes, ou supprimez-la.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="35"/>
        <source>Something went wrong. Your data is safe; the details are in the log.</source>
        <translation>Une erreur s&apos;est produite. Vos données sont en sécurité&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../ui/image_decode.py" line="35"/>
        <source>The image is too large or unreadable.</source>
        <extracomment>the largest picture the app decodes, in pixels (the pack importer checks the same)</extracomment>
        <translation>L’image est trop volumineuse ou illisible.</translation>
    </message>
    <message>
        <location filename="../ui/image_decode.py" line="47"/>
        <source>The image could not be read: %1</source>
        <translation>L’image n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="166"/>
        <source>The settings file</source>
        <extracomment>UI language code (&quot;en&quot;, &quot;sw&quot;, &quot;fr&quot;, &quot;pt&quot;); &quot;&quot; follows the system the address asked to tell online, offline and &quot;sign in to this Wi-Fi&quot; apart, and the answer it must give (companion/core/connectivity.py); &quot;&quot; turns the check off URL of a newer event file; &quot;&quot; uses the shipped edition field-site clocks shown beside the countdown (IANA names) IANA zone for &quot;local&quot; times; &quot;&quot; follows the computer language of new posts; &quot;&quot; follows the interface language publishers whose signed packs install without asking: &quot;&lt;base64 Ed25519 key&gt; &lt;name&gt;&quot; (companion/core/library/signing.py). Sharing packs on the network is deliberately not a setting: it is off at every start and only switched on for the session. a message for the user when the file was broken or partly invalid, else &quot;&quot; where the broken file was kept, if it was moved aside</extracomment>
        <translation>Le fichier des paramètres</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="172"/>
        <source>The settings file could not be read (%1). Default settings are used; the old file was kept as %2.</source>
        <translation>Le fichier des paramètres n’a pas pu être lu (%1). Les paramètres par défaut sont utilisés ; l’ancien fichier a été conservé sous le nom %2.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="181"/>
        <source>The settings file could not be read (%1). Default settings are used; the old file was kept.</source>
        <translation>Le fichier des paramètres n’a pas pu être lu (%1). Les paramètres par défaut sont utilisés ; l’ancien fichier a été conservé.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="198"/>
        <source>Some settings were invalid and were reset to their defaults: %1 (the original was kept as %2).</source>
        <translation>Certains paramètres étaient invalides et ont repris leur valeur par défaut : %1 (l’original a été conservé sous le nom %2).</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="207"/>
        <source>Some settings were invalid and were reset to their defaults: %1.</source>
        <translation>Certains paramètres étaient invalides et ont repris leur valeur par défaut : %1.</translation>
    </message>
    <message>
        <location filename="../core/accounts/keyring_store.py" line="102"/>
        <source>The keyring could not be read: %1</source>
        <extracomment>The Windows Credential Manager keeps at most 2,560 bytes per secret (CRED_MAX_CREDENTIAL_BLOB_SIZE, jaraco/keyring#355), and keyring stores the text as UTF-16: 2 bytes a character, 4 for one outside the Basic Multilingual Plane (an emoji). Longer secrets are split into numbered parts under ``key#1``, ``key#2`` ... The largest secret the app keeps, a Bluesky session (two JWTs and the DID), is about 800 characters, 1.6-1.9 KB as UTF-16 (tests/core/accounts/test_keyring_store.py). the most UTF-16 bytes one entry holds here (a margin below the limit) what a keyring backend may raise: keyring&apos;s own errors, and the platform libraries&apos; (Windows&apos; pywintypes.error, D-Bus errors, OSError) which do not derive from them</extracomment>
        <translation>Le trousseau de clés n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/accounts/keyring_store.py" line="110"/>
        <source>The keyring refused to store the secret: %1</source>
        <translation>Le trousseau de clés a refusé d’enregistrer le secret : %1</translation>
    </message>
    <message>
        <location filename="../core/accounts/keyring_store.py" line="121"/>
        <source>The keyring could not delete the secret: %1</source>
        <translation>Le trousseau de clés n’a pas pu supprimer le secret : %1</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="35"/>
        <source>%1 does not look like a Mastodon-compatible server.</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>%1 ne semble pas être un serveur compatible Mastodon.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="36"/>
        <source>Check the address of your instance (for example mastodon.social).</source>
        <translation>Vérifiez l’adresse de votre instance (par exemple mastodon.social).</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="239"/>
        <source>%1 did not accept this access token.</source>
        <extracomment>smallest scopes first; older servers that reject them get the next set registered once per instance; the port of a loopback redirect is free (RFC 8252)</extracomment>
        <translation>%1 n’a pas accepté ce jeton d’accès.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="240"/>
        <source>Check that you copied the whole token, and that it has not been revoked.</source>
        <translation>Vérifiez que vous avez copié tout le jeton et qu’il n’a pas été révoqué.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="250"/>
        <source>%1 accepted the token but it may not read your profile.</source>
        <translation>%1 a accepté le jeton, mais il ne permet pas de lire votre profil.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="253"/>
        <source>Make the token again with the &apos;profile&apos; (or &apos;read:accounts&apos;) permission ticked, as well as read:statuses, write:statuses and write:media.</source>
        <translation>Recréez le jeton en cochant l’autorisation « profile » (ou « read:accounts »), ainsi que read:statuses, write:statuses et write:media.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="264"/>
        <source>%1: the account could not be read.</source>
        <translation>%1 : le compte n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="311"/>
        <source>%1: the app could not be registered.</source>
        <translation>%1 : l’application n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="337"/>
        <source>%1 did not accept the login code.</source>
        <translation>%1 n’a pas accepté le code de connexion.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="338"/>
        <source>Codes work once and for a few minutes: start the login again.</source>
        <translation>Un code ne sert qu’une fois et pendant quelques minutes : recommencez la connexion.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="348"/>
        <source>%1: no access token came back.</source>
        <translation>%1 : aucun jeton d’accès n’a été renvoyé.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="122"/>
        <source>The login answer did not match this login attempt, so it was ignored.</source>
        <translation>La réponse de connexion ne correspondait pas à cette tentative de connexion ; elle a donc été ignorée.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="126"/>
        <source>Start the login again from the app.</source>
        <translation>Recommencez la connexion depuis l’application.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="133"/>
        <source>The server did not allow the login (%1).</source>
        <translation>Le serveur n’a pas autorisé la connexion (%1).</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="140"/>
        <source>The server sent no login code.</source>
        <translation>Le serveur n’a envoyé aucun code de connexion.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="160"/>
        <source>The login was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="163"/>
        <source>No answer came from the browser in time.</source>
        <translation>Aucune réponse n’est venue du navigateur à temps.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="164"/>
        <source>Try again, or use the code-paste login instead.</source>
        <translation>Réessayez, ou utilisez plutôt la connexion par code à coller.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="68"/>
        <source>access token</source>
        <extracomment>the login was ended on the server too what the user should still do by hand, or &quot;&quot;</extracomment>
        <translation>jeton d’accès</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="69"/>
        <source>login code</source>
        <translation>code de connexion</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="70"/>
        <source>bearer token</source>
        <translation>jeton bearer</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="76"/>
        <source>The %1 is empty.</source>
        <translation>Le champ « %1 » est vide.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="79"/>
        <source>The %1 contains spaces; copy it again, without line breaks.</source>
        <translation>Le champ « %1 » contient des espaces ; copiez-le à nouveau, sans retour à la ligne.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="130"/>
        <source>%1 does not allow the app to receive the login by itself.</source>
        <translation>%1 ne permet pas à l’application de recevoir la connexion d’elle-même.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="133"/>
        <source>Use “Paste a code” instead.</source>
        <translation>Utilisez plutôt « Coller un code ».</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="201"/>
        <source>Give an X bearer token or user access token.</source>
        <translation>Indiquez un jeton bearer X ou un jeton d’accès utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="274"/>
        <source>No account with id %1 (accounts: %2).</source>
        <translation>Aucun compte avec l’identifiant %1 (comptes : %2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="25"/>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="26"/>
        <source>Mastodon instance</source>
        <translation>instance Mastodon</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="27"/>
        <source>Bluesky server</source>
        <translation>serveur Bluesky</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="29"/>
        <source>%1 is not a %2 address.</source>
        <extracomment>%1 what was typed, %2 what it should be (a :class:`Phrase`: &quot;Mastodon instance&quot;)</extracomment>
        <translation>%1 n’est pas une adresse valide (%2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="44"/>
        <source>Enter the address of the %1, e.g. mastodon.social.</source>
        <translation>Saisissez l’adresse (%1), par ex. mastodon.social.</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="66"/>
        <source>%1 must be reached with https:// so your login is not sent in the clear.</source>
        <translation>%1 doit être joint en https:// pour que votre connexion ne soit pas envoyée en clair.</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="75"/>
        <source>%1 has an invalid port number.</source>
        <translation>%1 a un numéro de port invalide.</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="37"/>
        <source>checking a post</source>
        <translation>vérification d’une publication</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="38"/>
        <source>looking up a mentioned handle</source>
        <translation>recherche d’un identifiant mentionné</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="100"/>
        <source>%1: the account&apos;s DID is unknown; log in again.</source>
        <translation>%1 : le DID du compte est inconnu ; reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="134"/>
        <source>%1: the picture upload gave no blob.</source>
        <extracomment>this computer&apos;s clock error, when known: ``createdAt`` is the real time (the AppView files a post at the earlier of createdAt and when it saw it) handle -&gt; DID (or None: does not resolve), for this run</extracomment>
        <translation>%1 : l’envoi de l’image n’a renvoyé aucun blob.</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="24"/>
        <source>This file is not a picture the app can read.</source>
        <translation>Ce fichier n’est pas une image que l’application sait lire.</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="61"/>
        <source>The picture %1 could not be read: it was moved, deleted or is on a drive that is not connected.</source>
        <extracomment>refuse pictures with more pixels than this (a 100-megapixel camera is fine) never send more than this on the long side (saves data on slow links) why alt text is required, shown next to the field</extracomment>
        <translation>L’image %1 n’a pas pu être lue : elle a été déplacée, supprimée ou se trouve sur un disque qui n’est pas branché.</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="70"/>
        <source>This picture file is too big (over %1 MB).</source>
        <translation>Ce fichier image est trop gros (plus de %1 Mo).</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="90"/>
        <source>This picture is far too large to open safely (too many pixels).</source>
        <translation>Cette image est bien trop grande pour être ouverte sans risque (trop de pixels).</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="145"/>
        <source>This picture could not be made small enough for the network.</source>
        <translation>Cette image n’a pas pu être rendue assez petite pour ce réseau.</translation>
    </message>
    <message>
        <location filename="../core/compose/publish_common.py" line="24"/>
        <source>picture upload</source>
        <extracomment>what a publisher was doing when the server said no (the subject of its error)</extracomment>
        <translation>envoi d’image</translation>
    </message>
    <message>
        <location filename="../core/compose/publish_common.py" line="25"/>
        <source>posting</source>
        <translation>publication</translation>
    </message>
    <message>
        <location filename="../core/compose/publish_common.py" line="31"/>
        <source>%1: %2</source>
        <extracomment>%1 an account&apos;s name, %2 what the app was doing (&quot;picture upload&quot;)</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="425"/>
        <source>The reply from %1 is too large (more than %2).</source>
        <translation>La réponse de %1 est trop volumineuse (plus de %2).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="430"/>
        <source>%1 is sending its reply too slowly; try again later.</source>
        <translation>%1 envoie sa réponse trop lentement ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="438"/>
        <source>The reply from %1 was cut off; try again later.</source>
        <translation>La réponse de %1 a été interrompue ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="83"/>
        <source>The pack address %1 contains a user name or password before the server name; leave it out.</source>
        <translation>L’adresse du paquet %1 contient un nom d’utilisateur ou un mot de passe avant le nom du serveur ; retirez-le.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="304"/>
        <source>%1 is %2, a time that does not exist in %3 (the clocks skip it that day).</source>
        <translation>%1 vaut %2, une heure qui n’existe pas dans %3 (les horloges la sautent ce jour-là).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="382"/>
        <source>Item %1: the files %2 and %3 differ only in how their accents are written in Unicode; macOS cannot keep both.</source>
        <translation>Élément %1 : les fichiers %2 et %3 ne diffèrent que par la façon dont leurs accents sont codés en Unicode ; macOS ne peut pas garder les deux.</translation>
    </message>
</context>
<context>
    <name>EventSettingsPage</name>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="88"/>
        <source>Event file address:</source>
        <extracomment>one label per field, each naming its field (buddy: Alt+letter and screen readers)</extracomment>
        <translation>Adresse du fichier d&apos;événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="89"/>
        <source>Remind me (minutes before):</source>
        <translation>Rappel (minutes avant)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="90"/>
        <source>Field-site clocks (IANA zones):</source>
        <translation>Horloges des sites de terrain (fuseaux IANA)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="91"/>
        <source>My time zone (empty: the computer&apos;s):</source>
        <translation>Mon fuseau horaire (vide&#xa0;: celui de l&apos;ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="92"/>
        <source>Programme in the event&apos;s time:</source>
        <translation>Programme à l&apos;heure de l&apos;événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="96"/>
        <source>Event file address</source>
        <translation>Adresse du fichier d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="97"/>
        <source>Reminder minutes before a session</source>
        <translation>Minutes de rappel avant une session</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="98"/>
        <source>Field-site clocks</source>
        <translation>Horloges des sites de terrain</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="99"/>
        <location filename="../ui/countdown/settings_page.py" line="102"/>
        <source>My time zone</source>
        <translation>Mon fuseau horaire</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="103"/>
        <source>Programme in the event&apos;s time</source>
        <translation>Programme à l&apos;heure de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="106"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="62"/>
        <source>System language</source>
        <extracomment>&quot;module:Class&quot; of each feature&apos;s settings page, in tab order</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="63"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <location filename="../ui/live/chart.py" line="38"/>
        <source>%Ln posts in the last %1 hours</source>
        <translation>
            <numerusform>%Ln publication au cours des %1 dernières heures</numerusform>
            <numerusform>%Ln publications au cours des %1 dernières heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/chart.py" line="48"/>
        <source>No posts in the last %1 hours yet.</source>
        <translation>Aucune publication ces %1 dernières heures.</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsPage</name>
    <message>
        <location filename="../ui/library/settings_page.py" line="36"/>
        <source>Content pack address</source>
        <translation>Adresse du pack de contenu</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="37"/>
        <location filename="../ui/library/settings_page.py" line="38"/>
        <source>Update only on an unmetered connection</source>
        <translation>Mettre à jour uniquement sur une connexion non limitée</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="39"/>
        <source>Update only at night (22:00–06:00)</source>
        <translation>Mettre à jour uniquement la nuit (22:00–06:00)</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="42"/>
        <source>This computer cannot tell whether its connection is metered, so with the first option on, updates wait until you start one yourself.</source>
        <translation>Cet ordinateur ne peut pas savoir si sa connexion est limitée&#xa0;: avec la première option activée, les mises à jour attendent que vous en lanciez une vous-même.</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="46"/>
        <source>The current connection is reported as metered.</source>
        <translation>La connexion actuelle est signalée comme limitée.</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="48"/>
        <source>The current connection is reported as not metered.</source>
        <translation>La connexion actuelle est signalée comme non limitée.</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="50"/>
        <source>Pack address</source>
        <translation>Adresse du pack</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="53"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <location filename="../ui/library/library_text.py" line="16"/>
        <source>Search titles, captions and publications…</source>
        <translation>Rechercher dans les titres, légendes et publications…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="18"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="22"/>
        <source>Language of the materials</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="24"/>
        <source>Update pack</source>
        <translation>Mettre à jour le pack</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="26"/>
        <source>Download the latest content pack</source>
        <translation>Télécharger le dernier pack de contenu</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="28"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="30"/>
        <source>Stop the download</source>
        <translation>Arrêter le téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="32"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="34"/>
        <source>Import a pack from a USB stick</source>
        <translation>Importer un pack depuis une clé USB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="36"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="38"/>
        <source>Export the pack to a USB stick</source>
        <translation>Exporter le pack vers une clé USB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="40"/>
        <source>From a folder…</source>
        <translation>Depuis un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="41"/>
        <source>From a zip archive…</source>
        <translation>Depuis une archive zip…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="42"/>
        <source>To a folder…</source>
        <translation>Vers un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="43"/>
        <source>To a zip archive…</source>
        <translation>Vers une archive zip…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="44"/>
        <source>Library items</source>
        <translation>Éléments de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="45"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="47"/>
        <source>Open the selected item</source>
        <translation>Ouvrir l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="49"/>
        <source>Open with system viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="51"/>
        <source>Open with the system&apos;s viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="54"/>
        <source>Download this item</source>
        <translation>Télécharger cet élément</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="56"/>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="58"/>
        <source>Open the web page in the browser</source>
        <translation>Ouvrir la page web dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="60"/>
        <source>Send to composer</source>
        <translation>Utiliser dans un message</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="62"/>
        <source>Start a post about this item</source>
        <translation>Commencer un message sur cet élément</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="68"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="69"/>
        <source>Kiswahili</source>
        <translation>Kiswahili</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="70"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="71"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="72"/>
        <source>Malagasy</source>
        <translation>Malgache</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="73"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="152"/>
        <source>Waiting for the pack update to finish…</source>
        <translation>En attente de la fin de la mise à jour du pack…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="155"/>
        <source>Waiting for the copy from another laptop to finish…</source>
        <translation>En attente de la fin de la copie depuis un autre ordinateur…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="158"/>
        <source>Waiting for the pack import to finish…</source>
        <translation>En attente de la fin de l’importation du pack…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="161"/>
        <source>Waiting for a download to finish…</source>
        <translation>En attente de la fin d’un téléchargement…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="165"/>
        <source>Waiting for another pack job to finish…</source>
        <translation>En attente de la fin d’une autre opération sur le pack…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="249"/>
        <source>Opening the library…</source>
        <extracomment>the interface language the content language last followed whether the user chose a content language since the interface language changed</extracomment>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="252"/>
        <source>No content pack is installed yet.</source>
        <translation>Aucun pack de contenu n&apos;est encore installé.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="256"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="260"/>
        <source>set the pack address in Settings to get updates</source>
        <translation>indiquez l&apos;adresse du pack dans Paramètres pour recevoir les mises à jour</translation>
    </message>
    <message>
        <location filename="../ui/library/library_browser.py" line="131"/>
        <source>Nothing found for “%1”.</source>
        <extracomment>titles longer than this are shortened in the grid (whole in the tooltip and details) room below the tallest label in a grid cell labels are measured this many pixels narrower than their cell the cover page a grid cell shows (a Page, or None) what the search box holds (stripped); &quot;&quot; = browsing the query whose results are listed (&quot;&quot; = the browse list) decoded covers by page; pages asked for and not delivered yet</extracomment>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/library/library_browser.py" line="140"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_browser.py" line="273"/>
        <source>Cover of %1</source>
        <translation>Couverture de %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="94"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="97"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="79"/>
        <source>Photobook</source>
        <translation>Livre photo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="80"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="81"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="82"/>
        <source>Newsletter</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="83"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="133"/>
        <source>Download (%1 MB)</source>
        <extracomment>the item chosen in the list: (pack, item, language, page)</extracomment>
        <translation>Télécharger (%1 Mo)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="144"/>
        <source>You are offline.</source>
        <translation>Vous êtes hors ligne.</translation>
    </message>
    <message>
        <location filename="../ui/library/viewers.py" line="97"/>
        <source>This publication cannot be shown here; try the system viewer.</source>
        <translation>Cette publication ne peut pas être affichée ici&#xa0;; essayez la visionneuse du système.</translation>
    </message>
    <message>
        <location filename="../ui/library/viewers.py" line="125"/>
        <source>For your safety, this kind of file is not opened outside the app.</source>
        <translation>Pour votre sécurité, ce type de fichier n’est pas ouvert en dehors de l’application.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="140"/>
        <source>No pack address yet: set it in Settings → Library, or import a pack from a USB stick.</source>
        <extracomment>what to run again when the user accepts an unknown publisher&apos;s key</extracomment>
        <translation>Pas encore d&apos;adresse de pack&#xa0;: indiquez-la dans Paramètres → Bibliothèque, ou importez un pack depuis une clé USB.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="165"/>
        <location filename="../ui/library/pack_jobs.py" line="190"/>
        <source>Checking for a new pack…</source>
        <translation>Recherche d&apos;un nouveau pack…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="197"/>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="203"/>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="208"/>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="215"/>
        <source>Installing the new pack…</source>
        <translation>Installation du nouveau pack…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="223"/>
        <source>The pack is up to date (version %1).</source>
        <translation>Le pack est à jour (version %1).</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="230"/>
        <source>Pack version %1 installed (%2 MB downloaded).</source>
        <translation>Pack version %1 installé (%2 Mo téléchargés).</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="271"/>
        <source>Downloaded.</source>
        <translation>Téléchargé.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="280"/>
        <source>Pack folder</source>
        <translation>Dossier du pack</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="285"/>
        <source>Pack archive</source>
        <translation>Archive du pack</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="287"/>
        <location filename="../ui/library/pack_jobs.py" line="297"/>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="291"/>
        <source>Export into folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="295"/>
        <source>Export to archive</source>
        <translation>Exporter vers une archive</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="304"/>
        <source>Checking the pack…</source>
        <translation>Vérification du pack…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="317"/>
        <source>Pack %1 version %2 installed.</source>
        <translation>Pack %1 version %2 installé.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="329"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="341"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="19"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="20"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <location filename="../ui/live/status_text.py" line="64"/>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="65"/>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="66"/>
        <source>polling every %1 s</source>
        <translation>vérification toutes les %1 s</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="69"/>
        <source>waiting for the rate limit until %1</source>
        <translation>attente de la limite de requêtes jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="72"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="73"/>
        <source>login needed</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="74"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="75"/>
        <source>paused while the window is hidden</source>
        <translation>en pause tant que la fenêtre est cachée</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="76"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/live/filters.py" line="86"/>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <location filename="../ui/live/filters.py" line="100"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="278"/>
        <source>%Ln new posts — show</source>
        <extracomment>settings that change which sources are read (the sources are rebuilt) sources were unreachable (or the computer offline) at the last state change what was last announced to screen readers (polite, only when the count changes) the event&apos;s time zone, for the chart&apos;s hours (read on a worker at start)</extracomment>
        <translation>
            <numerusform>%Ln nouvelle publication — afficher</numerusform>
            <numerusform>%Ln nouvelles publications — afficher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="282"/>
        <source>%Ln new posts</source>
        <translation>
            <numerusform>%Ln nouvelle publication</numerusform>
            <numerusform>%Ln nouvelles publications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="49"/>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu : %1</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="51"/>
        <source>no description</source>
        <translation>pas de description</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="61"/>
        <location filename="../ui/live/post_actions.py" line="205"/>
        <source>Open the original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="88"/>
        <location filename="../ui/live/status_text.py" line="176"/>
        <location filename="../ui/live/widget.py" line="333"/>
        <source>No sources are set up.</source>
        <translation>Aucune source n’est configurée.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="122"/>
        <source>Offline since %1 — showing the last posts saved on this computer.</source>
        <translation>Hors ligne depuis %1 — affichage des dernières publications enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="125"/>
        <source>Offline — showing the posts saved on this computer.</source>
        <translation>Hors ligne — affichage des publications enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="164"/>
        <source>Loading saved posts…</source>
        <translation>Chargement des publications enregistrées…</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="167"/>
        <source>No post matches these filters.</source>
        <translation>Aucune publication ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="436"/>
        <source>Nobody yet.</source>
        <translation>Personne pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="153"/>
        <source>Link copied.</source>
        <extracomment>the notice goes after a while, as a social client&apos;s does</extracomment>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="169"/>
        <source>@%1 is muted.</source>
        <translation>@%1 est masqué.</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="206"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="207"/>
        <source>Share in a new post…</source>
        <translation>Partager dans une nouvelle publication…</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="209"/>
        <source>Mute @%1</source>
        <translation>Masquer @%1</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="168"/>
        <source>Clear the search and filters to see every post again.</source>
        <translation>Effacez la recherche et les filtres pour revoir toutes les publications.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="171"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="177"/>
        <source>Add a Mastodon server or turn Bluesky on under Settings → Live posts, or add an account under Accounts.</source>
        <translation>Ajoutez un serveur Mastodon ou activez Bluesky dans Paramètres → Publications en direct, ou ajoutez un compte dans Comptes.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="185"/>
        <source>The sources need a login.</source>
        <translation>Les sources demandent une connexion.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="186"/>
        <source>Some servers, and Bluesky, show hashtags only to people logged in. Add your account under Accounts and the posts appear here.</source>
        <translation>Certains serveurs, et Bluesky, ne montrent les hashtags qu&apos;aux personnes connectées. Ajoutez votre compte dans Comptes et les publications apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="191"/>
        <source>Open Accounts</source>
        <translation>Ouvrir Comptes</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="196"/>
        <source>No posts saved on this computer yet.</source>
        <translation>Aucune publication enregistrée sur cet ordinateur pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="197"/>
        <source>The sources cannot be reached now. Posts appear here as soon as the connection comes back; meanwhile you can write a post in Compose: it waits in the outbox.</source>
        <translation>Les sources sont injoignables pour l&apos;instant. Les publications apparaîtront ici dès le retour de la connexion ; en attendant, vous pouvez écrire une publication dans Rédiger : elle attend dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="203"/>
        <location filename="../ui/live/status_text.py" line="213"/>
        <source>Write a post</source>
        <translation>Écrire une publication</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="207"/>
        <source>No posts yet.</source>
        <translation>Pas encore de publications.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="208"/>
        <source>New posts with the event&apos;s hashtags appear here as they are published. Be the first: write one in Compose.</source>
        <translation>Les nouvelles publications avec les hashtags de l&apos;événement apparaissent ici dès leur parution. Soyez le premier : écrivez-en une dans Rédiger.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="415"/>
        <source>Following %1</source>
        <translation>Suivi : %1</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="415"/>
        <source>Live posts</source>
        <translation>Publications en direct</translation>
    </message>
</context>
<context>
    <name>LiveSettingsPage</name>
    <message>
        <location filename="../ui/live/settings_page.py" line="56"/>
        <source>Mastodon &amp;instances (one per line):</source>
        <translation>&amp;Instances Mastodon (une par ligne) :</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="57"/>
        <source>E&amp;xtra hashtags:</source>
        <translation>Hashtags &amp;supplémentaires :</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="58"/>
        <source>Mute &amp;words (one per line):</source>
        <translation>Masquer des &amp;mots (un par ligne) :</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="59"/>
        <source>Mute &amp;accounts (one per line):</source>
        <translation>Masquer des &amp;comptes (un par ligne) :</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="60"/>
        <location filename="../ui/live/settings_page.py" line="63"/>
        <source>Read Bluesky</source>
        <translation>Lire Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="61"/>
        <source>Data saver: text only, load pictures on click</source>
        <translation>Économie de données : texte seul, images chargées au clic</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="62"/>
        <source>Mastodon instances</source>
        <translation>Instances Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="64"/>
        <source>Extra hashtags</source>
        <translation>Hashtags supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="65"/>
        <source>Muted words</source>
        <translation>Mots masqués</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="66"/>
        <source>Muted accounts</source>
        <translation>Comptes masqués</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="69"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="89"/>
        <source>Not used (not a web address): %1</source>
        <translation>Non utilisé (pas une adresse web) : %1</translation>
    </message>
</context>
<context>
    <name>LiveStatusWords</name>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="27"/>
        <source>%n of %1 source(s) answering</source>
        <translation>
            <numerusform>%n source sur %1 répond</numerusform>
            <numerusform>%n sources sur %1 répondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="30"/>
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n injoignable</numerusform>
            <numerusform>%n injoignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="33"/>
        <source>%n source(s) unreachable</source>
        <translation>
            <numerusform>%n source injoignable</numerusform>
            <numerusform>%n sources injoignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="36"/>
        <source>%n source(s) unreachable since %1</source>
        <translation>
            <numerusform>%n source injoignable depuis %1</numerusform>
            <numerusform>%n sources injoignables depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="39"/>
        <source>next try in %n s</source>
        <translation>
            <numerusform>prochain essai dans %n s</numerusform>
            <numerusform>prochain essai dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="42"/>
        <source>next try in %n min</source>
        <translation>
            <numerusform>prochain essai dans %n min</numerusform>
            <numerusform>prochain essai dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="45"/>
        <source>%n need(s) a login</source>
        <translation>
            <numerusform>%n demande une connexion</numerusform>
            <numerusform>%n demandent une connexion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="48"/>
        <source>%n source(s) need a login: add the account under Accounts</source>
        <translation>
            <numerusform>%n source demande une connexion : ajoutez le compte dans Comptes</numerusform>
            <numerusform>%n sources demandent une connexion : ajoutez le compte dans Comptes</numerusform>
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
        <translation>Rechercher dans les publications chargées</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="377"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="379"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="380"/>
        <source>Media only</source>
        <translation>Médias seulement</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="381"/>
        <source>Show only posts with media</source>
        <translation>Afficher seulement les publications avec des médias</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="382"/>
        <source>Hide reposts</source>
        <translation>Masquer les partages</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="383"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="384"/>
        <source>Selected post</source>
        <translation>Publication sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="385"/>
        <source>Select a post to read it in full.</source>
        <translation>Sélectionnez une publication pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="389"/>
        <source>Share in a new post…</source>
        <translation>Partager dans une nouvelle publication…</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="401"/>
        <source>Share the selected post in a new post</source>
        <translation>Partager la publication sélectionnée dans une nouvelle publication</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="402"/>
        <location filename="../ui/live/view.py" line="403"/>
        <source>Posts per hour</source>
        <translation>Publications par heure</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="404"/>
        <source>Top contributors</source>
        <translation>Principaux contributeurs</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="405"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="407"/>
        <location filename="../ui/live/view.py" line="408"/>
        <source>State of each source</source>
        <translation>État de chaque source</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="409"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="375"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="376"/>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="378"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="386"/>
        <source>← Back to the posts</source>
        <translation>← Retour aux publications</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="387"/>
        <source>Back from the post to the list (narrow windows)</source>
        <translation>Revenir de la publication à la liste (fenêtres étroites)</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="388"/>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="390"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="391"/>
        <source>Open the original in the browser</source>
        <translation>Ouvrir l&apos;original dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="393"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="394"/>
        <source>Copy the link to the selected post</source>
        <translation>Copier le lien de la publication sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="395"/>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="396"/>
        <source>View the pictures large</source>
        <translation>Voir les images en grand</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="398"/>
        <source>Mute</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="399"/>
        <source>Mute the author: hide their posts</source>
        <translation>Masquer l&apos;auteur : cacher ses publications</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="410"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="411"/>
        <location filename="../ui/live/view.py" line="413"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="412"/>
        <location filename="../ui/live/view.py" line="414"/>
        <source>Show the state of each source</source>
        <translation>Afficher l&apos;état de chaque source</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="131"/>
        <source>Welcome! Everything here works offline: the countdown, your drafts and the library. Add your accounts under Accounts when you have a connection.</source>
        <extracomment>areas built at start even when another one is shown: the countdown owns the reminders, which must fire whichever area the user left open the sidebar shows icons only; ``_rail_chosen`` once the user picked it the end of the app however it comes: a Windows logoff closes no window</extracomment>
        <translation>Bienvenue&#xa0;! Tout ici fonctionne hors ligne&#xa0;: le décompte, vos brouillons et la bibliothèque. Ajoutez vos comptes dans Comptes quand vous avez une connexion.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="197"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="199"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="202"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="205"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="206"/>
        <source>&amp;About shareASM Companion</source>
        <translation>À &amp;propos de shareASM Companion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Choose what to show</source>
        <translation>Choisissez ce qui s&apos;affiche</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="282"/>
        <source>Checking connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="292"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="294"/>
        <source>○ Offline — working from saved data</source>
        <translation>○ Hors ligne — travail avec les données enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="307"/>
        <source>Network state: %1</source>
        <translation>État du réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="369"/>
        <source>About shareASM Companion</source>
        <translation>À propos de shareASM Companion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="371"/>
        <source>&lt;h3&gt;shareASM Companion %1&lt;/h3&gt;&lt;p&gt;A companion for IIED&apos;s #shareASM digital day on artisanal and small-scale mining: countdown, live posts, offline composing and the programme library.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;shareASM Companion %1&lt;/h3&gt;&lt;p&gt;Un compagnon pour la journée numérique #shareASM de l&apos;IIED sur l&apos;exploitation minière artisanale et à petite échelle (EMAPE/ASM)&#xa0;: décompte, messages en direct, rédaction hors ligne et bibliothèque du programme.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <location filename="../ui/main_window.py" line="405"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="196"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="203"/>
        <source>Collapse the &amp;sidebar</source>
        <translation>Réduire la &amp;barre latérale</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="284"/>
        <source>Connection check off</source>
        <translation>Vérification de la connexion désactivée</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="287"/>
        <source>⚠ This network needs you to sign in</source>
        <translation>⚠ Ce réseau demande de vous connecter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="290"/>
        <source>◐ Connected, but %n server(s) not answering</source>
        <translation>
            <numerusform>◐ Connecté, mais %n serveur ne répond pas</numerusform>
            <numerusform>◐ Connecté, mais %n serveurs ne répondent pas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="309"/>
        <source>Open the sign-in page</source>
        <translation>Ouvrir la page de connexion</translation>
    </message>
</context>
<context>
    <name>MastodonDialog</name>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="121"/>
        <source>Add a Mastodon account</source>
        <extracomment>how long the app waits for the browser to come back</extracomment>
        <translation>Ajouter un compte Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="122"/>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="123"/>
        <source>Mastodon instance address</source>
        <translation>Adresse de l&apos;instance Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="124"/>
        <source>Ways to log in</source>
        <translation>Modes de connexion</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="125"/>
        <source>Log in with the browser</source>
        <translation>Connexion par le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="126"/>
        <source>Paste a code</source>
        <translation>Coller un code</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="127"/>
        <source>Paste an access token</source>
        <translation>Coller un jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="130"/>
        <source>Your web browser opens your instance&apos;s login page. Log in there and choose Authorize; the app receives the login by itself. It may only read and publish posts and media, nothing else.</source>
        <translation>Votre navigateur web ouvre la page de connexion de votre instance. Connectez-vous et choisissez Autoriser (Authorize)&#xa0;; l&apos;application reçoit la connexion d&apos;elle-même. Elle pourra seulement lire et publier des messages et des médias, rien d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="135"/>
        <source>&amp;Open the login page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="136"/>
        <source>Open the login page in the browser</source>
        <translation>Ouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="139"/>
        <source>If the browser cannot come back to the app, your instance can show a code instead: open the page, authorize, then paste the code here.</source>
        <translation>Si le navigateur ne peut pas revenir à l&apos;application, votre instance peut afficher un code à la place&#xa0;: ouvrez la page, autorisez, puis collez le code ici.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="143"/>
        <source>Open the page that shows a &amp;code</source>
        <translation>Ouvrir la page qui affiche un &amp;code</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="144"/>
        <source>Open the page that shows a login code</source>
        <translation>Ouvrir la page qui affiche un code de connexion</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="145"/>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="146"/>
        <source>Login code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="147"/>
        <source>&amp;Log in with this code</source>
        <translation>Se conn&amp;ecter avec ce code</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="148"/>
        <source>Log in with this code</source>
        <translation>Se connecter avec ce code</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="151"/>
        <source>On your instance, open Preferences → Development → New application, tick profile (or read:accounts), read:statuses, write:statuses and write:media, save, and copy “Your access token” here.</source>
        <translation>Sur votre instance, ouvrez Préférences → Développement → Nouvelle application, cochez profile (ou read:accounts), read:statuses, write:statuses et write:media, enregistrez, puis copiez ici «&#xa0;Votre jeton d&apos;accès&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="156"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="157"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="158"/>
        <source>&amp;Add with this token</source>
        <translation>&amp;Ajouter avec ce jeton</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="159"/>
        <source>Add the account with this access token</source>
        <translation>Ajouter le compte avec ce jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="176"/>
        <source>Preparing the login…</source>
        <translation>Préparation de la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="192"/>
        <source>Waiting for the browser… Log in and choose Authorize on the page.</source>
        <translation>En attente du navigateur… Connectez-vous et choisissez Autoriser (Authorize) sur la page.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="218"/>
        <source>Paste the code the page shows, then choose Log in.</source>
        <translation>Collez le code affiché sur la page, puis choisissez Se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="225"/>
        <source>First open the page that shows a code.</source>
        <translation>Ouvrez d&apos;abord la page qui affiche un code.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="238"/>
        <source>Checking the token…</source>
        <translation>Vérification du jeton…</translation>
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
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="125"/>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="126"/>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="127"/>
        <source>Load the full picture</source>
        <translation>Charger l&apos;image complète</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="128"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="134"/>
        <location filename="../ui/live/media_viewer.py" line="136"/>
        <source>Next picture</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="133"/>
        <location filename="../ui/live/media_viewer.py" line="137"/>
        <source>Previous picture</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="138"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="139"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="140"/>
        <source>Fit the picture to the window</source>
        <translation>Ajuster l&apos;image à la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="225"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="234"/>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="236"/>
        <source>The author gave no description of this picture.</source>
        <translation>L&apos;auteur n&apos;a pas décrit cette image.</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="312"/>
        <source>The picture could not be loaded.</source>
        <translation>L&apos;image n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="314"/>
        <source>Loading the picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/message_bar.py" line="40"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="41"/>
        <source>Copy the error report</source>
        <translation>Copier le rapport d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="42"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="43"/>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>NetworkPreview</name>
    <message>
        <location filename="../ui/compose/preview.py" line="71"/>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu : %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="77"/>
        <source>%1 has no content warning: the text is shown openly.</source>
        <translation>%1 n’a pas d’avertissement de contenu : le texte est affiché tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="85"/>
        <source>Post %1 of %2 · %3 / %4</source>
        <translation>Publication %1 sur %2 · %3 / %4</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="120"/>
        <source>Nothing to post yet.</source>
        <translation>Rien à publier pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="122"/>
        <source>Choose where to post.</source>
        <translation>Choisissez où publier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="140"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="31"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="32"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="33"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="34"/>
        <source>Scheduled on server</source>
        <translation>Programmé sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="35"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="36"/>
        <source>Needs login</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="139"/>
        <source>waits until %1 (the app must be running and online then)</source>
        <translation>attend jusqu&apos;à %1 (l&apos;application doit alors être ouverte et en ligne)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="144"/>
        <source>%1 — next try %2</source>
        <translation>%1 — prochain essai à %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="174"/>
        <source>%1, %2. Posts are kept here until they are out.</source>
        <translation>%1&#xa0;; %2. Les messages restent ici jusqu&apos;à leur envoi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="179"/>
        <source>%Ln waiting to be sent</source>
        <translation>
            <numerusform>En attente d&apos;envoi&#xa0;: %Ln</numerusform>
            <numerusform>En attente d&apos;envoi&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="183"/>
        <source>%Ln need attention</source>
        <translation>
            <numerusform>à vérifier&#xa0;: %Ln</numerusform>
            <numerusform>à vérifier&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="198"/>
        <source>Part %1 of %2</source>
        <translation>Partie %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="37"/>
        <source>Published early</source>
        <translation>Publié en avance</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="38"/>
        <source>Needs editing</source>
        <translation>À modifier</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="134"/>
        <source>will be sent by this computer at %1 (the app must be running and online then)</source>
        <translation>sera envoyé par cet ordinateur à %1 (l’application doit alors être ouverte et en ligne)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="106"/>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="108"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="72"/>
        <source>queued %1</source>
        <extracomment>the long explanation shown under the list for the selected row</extracomment>
        <translation>en file %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="80"/>
        <source>to be posted %1</source>
        <translation>à publier %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="87"/>
        <source>sent %1</source>
        <translation>envoyé %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="39"/>
        <location filename="../ui/compose/outbox_rows.py" line="99"/>
        <source>Ready: open X</source>
        <translation>Prêt : ouvrir X</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="115"/>
        <source>waits for the post before it on this account (%1)</source>
        <translation>attend la publication précédente sur ce compte (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="102"/>
        <source>Ready to post on the X website: %1</source>
        <extracomment>(draft id, outbox item id): take this post back into the editor</extracomment>
        <translation>Prêt à publier sur le site web de X : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="187"/>
        <source>%Ln ready for you to post on the X website.</source>
        <translation>
            <numerusform>%Ln prête à publier vous-même sur le site web de X.</numerusform>
            <numerusform>%Ln prêtes à publier vous-même sur le site web de X.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="100"/>
        <source>Post it yourself on the X website: one link per part</source>
        <translation>Publiez-le vous-même sur le site web de X : un lien par partie</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="104"/>
        <source>The app has no posting rights on X. Select each part in turn and press Open link; post the second and later parts as replies to the first. Then press Mark as posted.</source>
        <translation>L’application n’a pas le droit de publier sur X. Sélectionnez chaque partie tour à tour et appuyez sur Ouvrir le lien ; publiez la deuxième partie et les suivantes en réponse à la première. Appuyez ensuite sur Marquer comme publié.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="67"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="68"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="69"/>
        <source>Post</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="70"/>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="71"/>
        <source>Link or reason</source>
        <translation>Lien ou motif</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="74"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="75"/>
        <source>Send now</source>
        <translation>Tout envoyer</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="77"/>
        <source>Try sending everything now</source>
        <translation>Essayer de tout envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="79"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="81"/>
        <source>Retry the selected post</source>
        <translation>Réessayer le message sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="83"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="85"/>
        <source>Remove the selected post from the outbox</source>
        <translation>Retirer le message sélectionné de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="87"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="89"/>
        <source>Take the selected post out of the outbox and edit it</source>
        <translation>Retirer la publication choisie de la boîte d’envoi et la modifier</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="93"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="100"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="102"/>
        <source>Open the published post</source>
        <translation>Ouvrir le message publié</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="94"/>
        <source>Mark as posted</source>
        <translation>Marquer comme publié</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="96"/>
        <source>You posted the selected post on the X website: mark it as sent</source>
        <translation>Vous avez publié la publication sélectionnée sur le site web de X : la marquer comme envoyée</translation>
    </message>
</context>
<context>
    <name>PackJobs</name>
    <message numerus="yes">
        <location filename="../ui/library/pack_jobs.py" line="212"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>environ %Ln min restante</numerusform>
            <numerusform>environ %Ln min restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotobookViewer</name>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="129"/>
        <source>← Library</source>
        <extracomment>keys -&gt; the viewer&apos;s method that answers them (Esc, F5 and F11 are the viewer&apos;s own)</extracomment>
        <translation>← Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="133"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="135"/>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="139"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="141"/>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="145"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="147"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="149"/>
        <source>Fit the page to the window</source>
        <translation>Ajuster la page à la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="151"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="152"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="153"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="154"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="156"/>
        <source>Leave presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="158"/>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="163"/>
        <source>Presentation mode (full screen)</source>
        <translation>Mode présentation (plein écran)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="166"/>
        <source>F5 or F11; Esc to leave</source>
        <translation>F5 ou F11&#xa0;; Échap pour quitter</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="168"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="170"/>
        <source>Actual size (drag to move the page)</source>
        <translation>Taille réelle (faites glisser pour déplacer la page)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="173"/>
        <source>1; drag the page to move it</source>
        <translation>1 ; faites glisser la page pour la déplacer</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="177"/>
        <source>Show the row of pages</source>
        <translation>Afficher la rangée de pages</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="180"/>
        <source>T shows or hides the row of pages</source>
        <translation>T affiche ou masque la rangée de pages</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="184"/>
        <source>Show the caption</source>
        <translation>Afficher la légende</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="187"/>
        <source>C shows or hides the caption</source>
        <translation>C affiche ou masque la légende</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="190"/>
        <source>Send to composer</source>
        <translation>Utiliser dans un message</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="192"/>
        <source>Start a post about this page</source>
        <translation>Commencer un message sur cette page</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="111"/>
        <location filename="../ui/library/photobook.py" line="292"/>
        <source>Photobook page</source>
        <extracomment>the zoom index meaning &quot;100 %&quot;: one image pixel on one screen pixel a box larger than any page: decoding never enlarges, so this gives the page&apos;s own size the facing page&apos;s request in a two-page spread width / height of the last page decoded (0: not known yet) the thumbnails asked for the edition shown (others are stale: dropped)</extracomment>
        <translation>Page du livre photo</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="112"/>
        <location filename="../ui/library/photobook_controls.py" line="182"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="113"/>
        <location filename="../ui/library/photobook_controls.py" line="175"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="195"/>
        <source>Switch language, same page</source>
        <translation>Changer de langue, même page</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="238"/>
        <source>Present on screen %1 (%2)</source>
        <translation>Présenter sur l&apos;écran %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="247"/>
        <source>Screen for the presentation</source>
        <translation>Écran de la présentation</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="211"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="204"/>
        <source>Pages %1–%2 of %3</source>
        <translation>Pages %1–%2 sur %3</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="327"/>
        <source>This page cannot be shown (the file is damaged).</source>
        <translation>Cette page ne peut pas être affichée (le fichier est endommagé).</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="364"/>
        <location filename="../ui/library/photobook_controls.py" line="274"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../ui/live/delegate.py" line="96"/>
        <source>Image</source>
        <extracomment>a run of characters without a space</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="97"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="98"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="99"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="100"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="102"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="159"/>
        <location filename="../ui/live/post_model.py" line="62"/>
        <source>Reposted by @%1</source>
        <extracomment>the app&apos;s clock, for relative times (&quot;5 min&quot;); absolute times without it posts whose media the user asked for in data-saver mode a text block as drawn (with break opportunities) and its height, per width: measured for the row&apos;s size, reused when it is painted (issue 19) the fonts and metrics worked out from the view&apos;s font (issue 19: four QFont and QFontMetrics made per row painted) where each post&apos;s pictures were last painted (viewport coordinates), and which of its media each one shows: a click there opens the media viewer</extracomment>
        <translation>Partagé par @%1</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="163"/>
        <source>Content warning: %1 (click to show)</source>
        <translation>Avertissement de contenu : %1 (cliquer pour afficher)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="170"/>
        <location filename="../ui/live/post_model.py" line="75"/>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu : %1</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="180"/>
        <location filename="../ui/live/post_model.py" line="40"/>
        <source>no description</source>
        <extracomment>rows handed to the view first (Qt&apos;s ``canFetchMore``/``fetchMore``, asked when the reader scrolls to the end): the view measures and lays out only the rows it has, so 10,000 posts cost no more to show than a screenful (issue 19)</extracomment>
        <translation>pas de description</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="183"/>
        <source>%1 marked sensitive (click to show)</source>
        <translation>%1 marqué comme sensible (cliquer pour afficher)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="189"/>
        <source>▸ %1: %2 (click to load the picture)</source>
        <translation>▸ %1 : %2 (cliquer pour charger l’image)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="308"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/live/post_model.py" line="53"/>
        <source>%1 (@%2) on %3, %4</source>
        <translation>%1 (@%2) sur %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/live/post_model.py" line="68"/>
        <source>Content warning: %1 (text hidden, press Enter to show)</source>
        <translation>Avertissement de contenu : %1 (texte masqué, appuyez sur Entrée pour l&apos;afficher)</translation>
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
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="65"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="92"/>
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicationViewer</name>
    <message>
        <location filename="../ui/library/publication.py" line="108"/>
        <source>← Library</source>
        <translation>← Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="109"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="110"/>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="111"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="112"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="113"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="114"/>
        <source>Fit the page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="115"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="116"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="117"/>
        <location filename="../ui/library/publication.py" line="118"/>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="119"/>
        <location filename="../ui/library/publication.py" line="120"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="121"/>
        <source>Open with system viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="122"/>
        <source>Open with the system&apos;s PDF viewer</source>
        <translation>Ouvrir avec la visionneuse PDF du système</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="123"/>
        <source>Send to composer</source>
        <translation>Utiliser dans un message</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="124"/>
        <source>Start a post about this publication</source>
        <translation>Commencer un message sur cette publication</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="125"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="152"/>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/publication.py" line="189"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="208"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="105"/>
        <source>&amp;Select All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="106"/>
        <source>&amp;Step up</source>
        <translation>&amp;Augmenter</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="107"/>
        <source>Step &amp;down</source>
        <translation>&amp;Diminuer</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="49"/>
        <source>Look in:</source>
        <translation>Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="50"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="51"/>
        <source>Files of type:</source>
        <translation>Fichiers de type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="52"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="53"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="54"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="55"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="56"/>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="57"/>
        <source>Directory:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="58"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="59"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="60"/>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="61"/>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="62"/>
        <source>List View</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="63"/>
        <source>Detail View</source>
        <translation>Vue détaillée</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="64"/>
        <source>Go back</source>
        <translation>Aller à l&apos;élément précédent</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="65"/>
        <source>Go forward</source>
        <translation>Va à l&apos;élément suivant</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="66"/>
        <source>Go to the parent directory</source>
        <translation>Va au dossier parent</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="67"/>
        <source>Create a New Folder</source>
        <translation>Crée un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="68"/>
        <source>Change to list view mode</source>
        <translation>Affiche la vue sous forme de liste</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="69"/>
        <source>Change to detail view mode</source>
        <translation>Affichage la vue sous forme détaillée</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="70"/>
        <source>Recent Places</source>
        <translation>Emplacements récents</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="71"/>
        <source>My Computer</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="72"/>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="73"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="74"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="75"/>
        <source>&amp;Delete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="76"/>
        <source>Show &amp;hidden files</source>
        <translation>Afficher les fic&amp;hiers cachés</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="77"/>
        <source>Sidebar</source>
        <translation>Barre latérale</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="78"/>
        <source>List of places and bookmarks</source>
        <translation>Liste des emplacements et des favoris</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="79"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="80"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="81"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="82"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="83"/>
        <source>Date Modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="84"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="85"/>
        <source>My Computer</source>
        <translation>Poste de travail</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="90"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="92"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="93"/>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="94"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="95"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="96"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="43"/>
        <source>Show Details...</source>
        <translation>Montrer les détails…</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="44"/>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="23"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="24"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="25"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="26"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="27"/>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="28"/>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="29"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="30"/>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="31"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="32"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="33"/>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="34"/>
        <source>Don&apos;t Save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="35"/>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="36"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="37"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="38"/>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="39"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="40"/>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="41"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="42"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="108"/>
        <source>Scroll here</source>
        <translation>Défiler jusqu&apos;ici</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="109"/>
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="110"/>
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="111"/>
        <source>Left edge</source>
        <translation>Bord gauche</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="112"/>
        <source>Right edge</source>
        <translation>Bord droit</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="113"/>
        <source>Page up</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="114"/>
        <source>Page down</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="115"/>
        <source>Page left</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="116"/>
        <source>Page right</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="117"/>
        <source>Scroll up</source>
        <translation>Défiler vers le haut</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="118"/>
        <source>Scroll down</source>
        <translation>Défiler vers le bas</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="119"/>
        <source>Scroll left</source>
        <translation>Défiler vers la gauche</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="120"/>
        <source>Scroll right</source>
        <translation>Défiler vers la droite</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="99"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="100"/>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="101"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="102"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="103"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="104"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <location filename="../ui/live/relative.py" line="19"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/relative.py" line="22"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/relative.py" line="40"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../ui/live/relative.py" line="49"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/live/report.py" line="60"/>
        <source>Period</source>
        <extracomment>the formats ``report --out`` writes, by file extension the CSV columns (stable: spreadsheets and scripts read them by name) the report&apos;s headings (marked here: lupdate does not read inside f-strings)</extracomment>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="61"/>
        <source>Made</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="62"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="63"/>
        <source>No posts were stored for this period.</source>
        <translation>Aucune publication enregistrée pour cette période.</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="64"/>
        <source>Posts per hour</source>
        <translation>Publications par heure</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="65"/>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="66"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="67"/>
        <source>Top contributors</source>
        <translation>Principaux contributeurs</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="68"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="69"/>
        <source>Most shared</source>
        <translation>Les plus partagés</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="70"/>
        <source>Reposted posts</source>
        <translation>Publications repartagées</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="71"/>
        <source>reposted by</source>
        <translation>repartagé par</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="72"/>
        <source>Every post</source>
        <translation>Toutes les publications</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="171"/>
        <source>The day&apos;s report</source>
        <translation>Le rapport de la journée</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="198"/>
        <source>Unique posts after dedupe</source>
        <translation>Publications uniques après dédoublonnage</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="199"/>
        <source>Copies read</source>
        <translation>Copies lues</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="201"/>
        <source>Contributors</source>
        <translation>Contributeurs</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="204"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="234"/>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../ui/live/export_report.py" line="63"/>
        <source>Export the day&apos;s report</source>
        <translation>Exporter le rapport de la journée</translation>
    </message>
    <message>
        <location filename="../ui/live/export_report.py" line="65"/>
        <source>PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;Page web (*.html);;Tableur (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/export_report.py" line="87"/>
        <source>The report (%n post(s)) was saved to %1.</source>
        <translation>
            <numerusform>Le rapport (%n publication) a été enregistré dans %1.</numerusform>
            <numerusform>Le rapport (%n publications) a été enregistré dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <location filename="../ui/library/share_panel.py" line="149"/>
        <source>Share at the venue</source>
        <translation>Partager sur place</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="150"/>
        <source>Share packs with the laptops around you, no internet</source>
        <translation>Partager les paquets avec les ordinateurs autour de vous, sans internet</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="151"/>
        <location filename="../ui/library/share_panel.py" line="152"/>
        <source>Share my packs on this network</source>
        <translation>Partager mes paquets sur ce réseau</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="128"/>
        <source>Look for nearby shares</source>
        <extracomment>the app&apos;s clock, for the HTTP clients of the LAN</extracomment>
        <translation>Chercher des partages à proximité</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="130"/>
        <source>Address of a share</source>
        <translation>Adresse d&apos;un partage</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="133"/>
        <source>The address another laptop shows, e.g. 192.168.1.20:8737</source>
        <translation>L&apos;adresse affichée par l&apos;autre ordinateur, p. ex. 192.168.1.20:8737</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="137"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="138"/>
        <source>Add this share</source>
        <translation>Ajouter ce partage</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="139"/>
        <source>Get this pack</source>
        <translation>Obtenir ce paquet</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="140"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="142"/>
        <source>Packs on nearby laptops</source>
        <translation>Paquets sur les ordinateurs proches</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="153"/>
        <source>QR code of this laptop&apos;s share address</source>
        <translation>Code QR de l&apos;adresse de partage de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="161"/>
        <source>Others can get your packs at:
%1</source>
        <translation>Les autres peuvent obtenir vos paquets à :
%1</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="163"/>
        <source>Sharing at %1</source>
        <translation>Partage à %1</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="165"/>
        <source>Off. Turn it on to let laptops nearby copy your packs.</source>
        <translation>Désactivé. Activez-le pour que les ordinateurs proches copient vos paquets.</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="180"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="152"/>
        <source>Looking for shares on this network…</source>
        <translation>Recherche de partages sur ce réseau…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="185"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="204"/>
        <source>No share found. Ask for the address shown on the other laptop.</source>
        <translation>Aucun partage trouvé. Demandez l&apos;adresse affichée sur l&apos;autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="224"/>
        <source>%1 (version %2, %3 MB) on %4</source>
        <translation>%1 (version %2, %3 Mo) sur %4</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="231"/>
        <source>not signed: cannot be taken from another laptop</source>
        <translation>non signé : ne peut pas être pris d&apos;un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="241"/>
        <source>from %1 (trusted)</source>
        <translation>de %1 (de confiance)</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="245"/>
        <source>unknown publisher, key %1</source>
        <translation>éditeur inconnu, clé %1</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="291"/>
        <location filename="../ui/library/nearby_shares.py" line="313"/>
        <source>Checking the pack&apos;s publisher…</source>
        <translation>Vérification de l&apos;éditeur du paquet…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="326"/>
        <source>The other laptop is sending to others; waiting for a turn…</source>
        <translation>L’autre ordinateur envoie à d’autres ; en attente de votre tour…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="333"/>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="338"/>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="342"/>
        <source>Installing the pack…</source>
        <translation>Installation du paquet…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="351"/>
        <source>You already have this pack (version %1).</source>
        <translation>Vous avez déjà ce paquet (version %1).</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="357"/>
        <source>Pack version %1 installed (%2 MB copied).</source>
        <translation>Paquet version %1 installé (%2 Mo copiés).</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../ui/shortcuts.py" line="25"/>
        <source>Move to the next / previous control</source>
        <translation>Passer au contrôle suivant / précédent</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="29"/>
        <source>Photobook: next page</source>
        <translation>Livre photo&#xa0;: page suivante</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="33"/>
        <source>Photobook: previous page</source>
        <translation>Livre photo&#xa0;: page précédente</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="37"/>
        <source>Photobook: first / last page</source>
        <translation>Livre photo&#xa0;: première / dernière page</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="41"/>
        <source>Photobook: zoom in / zoom out / fit</source>
        <translation>Livre photo&#xa0;: agrandir / réduire / ajuster</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="45"/>
        <source>Photobook: actual size (100 %); drag the page to move it</source>
        <translation>Livre photo : taille réelle (100 %) ; faites glisser la page pour la déplacer</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="51"/>
        <source>Photobook: show or hide the row of pages</source>
        <translation>Livre photo : afficher ou masquer la rangée de pages</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="55"/>
        <source>Photobook: show or hide the caption</source>
        <translation>Livre photo : afficher ou masquer la légende</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="59"/>
        <source>Photobook: same page in the other language</source>
        <translation>Livre photo&#xa0;: même page dans l&apos;autre langue</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="63"/>
        <source>Photobook: presentation mode</source>
        <translation>Livre photo&#xa0;: mode présentation</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="67"/>
        <source>Photobook: leave presentation or go back to the library</source>
        <translation>Livre photo&#xa0;: quitter la présentation ou revenir à la bibliothèque</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <location filename="../ui/compose/targets.py" line="67"/>
        <source>Post to %1</source>
        <translation>Publier sur %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="73"/>
        <source>Length for %1</source>
        <translation>Longueur pour %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="78"/>
        <source>needs login; posts wait in the outbox</source>
        <translation>connexion requise&#xa0;; les messages attendent dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="82"/>
        <source>posts through the X website: you press Post there</source>
        <translation>publie via le site de X : vous cliquez sur Publier là-bas</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="111"/>
        <source> · %1 / %2 bytes</source>
        <translation> · %1 / %2 octets</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="116"/>
        <source> — too long: thread</source>
        <translation> — trop long&#xa0;: fil</translation>
    </message>
</context>
<context>
    <name>ThreadPreview</name>
    <message>
        <location filename="../ui/compose/thread_preview.py" line="92"/>
        <source>part %1 is too long for %2</source>
        <extracomment>a line holding only &quot;---&quot; separates the parts the user edits the user&apos;s edited parts a change of the text replaced (they can have them back)</extracomment>
        <translation>la partie %1 est trop longue pour %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/thread_preview.py" line="96"/>
        <source>%n parts.</source>
        <translation>
            <numerusform>%n partie.</numerusform>
            <numerusform>%n parties.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/thread_preview.py" line="98"/>
        <source>The text changed, so the thread was split again.</source>
        <translation>Le texte a changé : le fil a été redécoupé.</translation>
    </message>
</context>
<context>
    <name>TrustGate</name>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="55"/>
        <source>Unknown publisher</source>
        <translation>Éditeur inconnu</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="57"/>
        <source>This pack is signed with the SAMPLE key, which anyone can use. Install it only if you made it yourself for testing.</source>
        <translation>Ce paquet est signé avec la clé d&apos;EXEMPLE, que tout le monde peut utiliser. Installez-le seulement si vous l&apos;avez fait vous-même pour un essai.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="63"/>
        <source>This pack is signed by a key this computer does not trust yet. It claims to come from: %1</source>
        <translation>Ce paquet est signé par une clé que cet ordinateur ne reconnaît pas encore. Il dit venir de : %1</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="67"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="70"/>
        <source>Key fingerprint:
%1

Install it only if the publisher gave you this same fingerprint.</source>
        <translation>Empreinte de la clé :
%1

Installez-le seulement si l&apos;éditeur vous a donné cette même empreinte.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="77"/>
        <source>Install (key %1)</source>
        <translation>Installer (clé %1)</translation>
    </message>
</context>
<context>
    <name>TrustedKeysSettingsPage</name>
    <message>
        <location filename="../ui/library/trust_page.py" line="78"/>
        <source>Packs signed by these publishers install without asking. A pack from anyone else needs your explicit choice, and packs are taken from other laptops only when signed.</source>
        <translation>Les paquets signés par ces éditeurs s&apos;installent sans question. Un paquet d&apos;un autre éditeur demande votre accord explicite, et les paquets ne sont pris d&apos;autres ordinateurs que s&apos;ils sont signés.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="83"/>
        <source>Trusted publishers</source>
        <translation>Éditeurs de confiance</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="84"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="85"/>
        <source>Remove the selected publisher</source>
        <translation>Retirer l&apos;éditeur sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="86"/>
        <location filename="../ui/library/trust_page.py" line="88"/>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="87"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="89"/>
        <source>the line in the publisher&apos;s .pub file</source>
        <translation>la ligne du fichier .pub de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="90"/>
        <source>Publisher&apos;s name</source>
        <translation>Nom de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="91"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="92"/>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="96"/>
        <source>Publishers</source>
        <translation>Éditeurs</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="106"/>
        <source>%1 — sample, only for the sample pack that comes with the app
%2</source>
        <translation>%1 — exemple, seulement pour le paquet d&apos;exemple fourni avec l&apos;application
%2</translation>
    </message>
</context>
<context>
    <name>VideoViewer</name>
    <message>
        <location filename="../ui/library/video.py" line="64"/>
        <source>← Library</source>
        <translation>← Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="65"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="66"/>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="67"/>
        <source>Play or pause the video</source>
        <translation>Lire ou mettre en pause la vidéo</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="68"/>
        <source>Open with system player</source>
        <translation>Ouvrir avec le lecteur du système</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="69"/>
        <source>Open with the system&apos;s video player</source>
        <translation>Ouvrir avec le lecteur vidéo du système</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="73"/>
        <source>Videos cannot play inside the app on this computer. Use the system player instead.</source>
        <translation>Les vidéos ne peuvent pas être lues dans l&apos;application sur cet ordinateur. Utilisez plutôt le lecteur du système.</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="126"/>
        <source>This video cannot play inside the app (%1). Use the system player.</source>
        <translation>Cette vidéo ne peut pas être lue dans l&apos;application (%1). Utilisez le lecteur du système.</translation>
    </message>
</context>
<context>
    <name>XDialog</name>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="105"/>
        <source>Add X API credentials</source>
        <translation>Ajouter des identifiants d&apos;API X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="108"/>
        <source>Optional. Reading and posting through the X API needs a paid developer account. Without one, the app prepares “post on X” links instead. What you enter here is kept in the keyring only.</source>
        <translation>Facultatif. Lire et publier via l&apos;API X nécessite un compte développeur payant. Sans ce compte, l&apos;application prépare à la place des liens «&#xa0;publier sur X&#xa0;». Ce que vous saisissez ici est gardé uniquement dans le trousseau de clés.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="113"/>
        <source>Your @&amp;name on X:</source>
        <translation>Votre @&amp;nom sur X&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="114"/>
        <source>Your name on X</source>
        <translation>Votre nom sur X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="115"/>
        <source>&amp;Bearer token (reading):</source>
        <translation>Jeton &amp;Bearer (lecture)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="116"/>
        <source>X bearer token</source>
        <translation>Jeton Bearer X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="117"/>
        <source>&amp;User access token (posting):</source>
        <translation>Jeton d&apos;accès &amp;utilisateur (envoi)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="118"/>
        <source>X user access token</source>
        <translation>Jeton d&apos;accès utilisateur X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
</TS>
