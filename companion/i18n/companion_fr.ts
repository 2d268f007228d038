<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/accounts/dialog_base.py" line="39"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog_base.py" line="68"/>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Une erreur s&apos;est produite. Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>AccountsWidget</name>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="87"/>
        <source>Accounts</source>
        <extracomment>replaced by tests; asks before removing</extracomment>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="90"/>
        <source>Connect the accounts you post from. Passwords and tokens stay in your computer&apos;s keyring; only names and server limits are saved by the app.</source>
        <translation>Connectez les comptes depuis lesquels vous publiez. Les mots de passe et les jetons restent dans le trousseau de clés de votre ordinateur&#xa0;; l&apos;application n&apos;enregistre que les noms et les limites des serveurs.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="95"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="95"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="95"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="95"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="97"/>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="98"/>
        <source>Account list columns</source>
        <translation>Colonnes de la liste des comptes</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="100"/>
        <source>No accounts yet. Add one with the buttons above.</source>
        <translation>Aucun compte pour l&apos;instant. Ajoutez-en un avec les boutons ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="102"/>
        <source>Loading accounts…</source>
        <translation>Chargement des comptes…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="105"/>
        <source>Add &amp;Mastodon…</source>
        <translation>Ajouter &amp;Mastodon…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="105"/>
        <source>Add a Mastodon account</source>
        <translation>Ajouter un compte Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Add &amp;Bluesky…</source>
        <translation>Ajouter &amp;Bluesky…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Add a Bluesky account</source>
        <translation>Ajouter un compte Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="107"/>
        <source>Add &amp;X…</source>
        <translation>Ajouter &amp;X…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="107"/>
        <source>Add X API credentials</source>
        <translation>Ajouter des identifiants d&apos;API X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="108"/>
        <source>Log in &amp;again…</source>
        <translation>Se re&amp;connecter…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="108"/>
        <source>Log in again to this account</source>
        <translation>Se reconnecter à ce compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="109"/>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="109"/>
        <source>Remove this account</source>
        <translation>Supprimer ce compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="113"/>
        <source>Keep logins for this &amp;session only</source>
        <translation>Connexions pour cette &amp;session seulement</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="115"/>
        <source>Keep logins for this session only, without a keyring</source>
        <translation>Garder les connexions pour cette session seulement, sans trousseau de clés</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="134"/>
        <source>Needs login again</source>
        <translation>Reconnexion requise</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="136"/>
        <location filename="../ui/accounts/accounts_widget.py" line="138"/>
        <source>Offline: posts wait</source>
        <translation>Hors ligne&#xa0;: messages en attente</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="139"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="157"/>
        <source>Logins are kept for this session only</source>
        <translation>Les connexions sont gardées pour cette session seulement</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="160"/>
        <source>They are forgotten when the app closes. To keep them, install and unlock a keyring (for example GNOME Keyring or KWallet), then restart the app.</source>
        <translation>Elles sont oubliées à la fermeture de l&apos;application. Pour les garder, installez et déverrouillez un trousseau de clés (par exemple GNOME Keyring ou KWallet), puis redémarrez l&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="167"/>
        <source>No keyring to keep your logins safe</source>
        <translation>Aucun trousseau de clés pour protéger vos connexions</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="170"/>
        <source>The app keeps passwords and tokens only in the system keyring, never in a file. None is working on this computer. On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then restart the app. Or keep logins for this session only: you will log in again next time.</source>
        <translation>L&apos;application garde les mots de passe et les jetons uniquement dans le trousseau de clés du système, jamais dans un fichier. Aucun ne fonctionne sur cet ordinateur. Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet (par exemple&#xa0;: sudo apt install gnome-keyring), puis redémarrez l&apos;application. Ou gardez les connexions pour cette session seulement&#xa0;: vous vous reconnecterez la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="230"/>
        <source>Double-click to log in again</source>
        <translation>Double-cliquez pour vous reconnecter</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="238"/>
        <source>%1 needs a login again: select it and choose “Log in again”. Posts waiting for it are kept.</source>
        <translation>%1 doit être reconnecté&#xa0;: sélectionnez-le et choisissez «&#xa0;Se reconnecter&#xa0;». Les messages en attente pour ce compte sont conservés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accounts_widget.py" line="243"/>
        <source>%n accounts need a login again: select one and choose “Log in again”. Posts waiting for them are kept.</source>
        <translation>
            <numerusform>%n compte doit être reconnecté&#xa0;: sélectionnez-le et choisissez «&#xa0;Se reconnecter&#xa0;». Les messages en attente pour ce compte sont conservés.</numerusform>
            <numerusform>%n comptes doivent être reconnectés&#xa0;: sélectionnez-en un et choisissez «&#xa0;Se reconnecter&#xa0;». Les messages en attente pour ces comptes sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="309"/>
        <source>Saving the account…</source>
        <translation>Enregistrement du compte…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="318"/>
        <source>%1 is connected.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="378"/>
        <source>Remove %1? The login is ended on the server when the app can reach it, and its secrets are deleted from this computer. Queued posts for this account stay in the outbox.</source>
        <translation>Supprimer %1&#xa0;? La connexion est fermée sur le serveur dès que l&apos;application peut le joindre, et ses secrets sont effacés de cet ordinateur. Les messages en attente pour ce compte restent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="382"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="385"/>
        <source>Removing %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="404"/>
        <source>%1 was removed.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="406"/>
        <source>The login was ended on the server.</source>
        <translation>La connexion a été fermée sur le serveur.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="408"/>
        <source>The server was not told; the login may still work there.</source>
        <translation>Le serveur n&apos;a pas été prévenu&#xa0;; la connexion y est peut-être encore valide.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="417"/>
        <source>Something went wrong. The details are in the log.</source>
        <translation>Une erreur s&apos;est produite. Les détails sont dans le journal.</translation>
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
        <location filename="../ui/areas.py" line="58"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="59"/>
        <source>Live #shareASM posts</source>
        <translation>Messages #shareASM en direct</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="65"/>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="66"/>
        <source>Write posts, also offline</source>
        <translation>Écrire des messages, même hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="72"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="73"/>
        <source>Photobooks, publications and videos, offline</source>
        <translation>Livres photo, publications et vidéos, hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="79"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="80"/>
        <source>Your Mastodon, Bluesky and X accounts</source>
        <translation>Vos comptes Mastodon, Bluesky et X</translation>
    </message>
</context>
<context>
    <name>AsyncArea</name>
    <message>
        <location filename="../ui/async_area.py" line="38"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/async_area.py" line="58"/>
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
        <location filename="../ui/compose/settings_page.py" line="36"/>
        <source>Default language of new posts</source>
        <translation>Langue par défaut des nouveaux messages</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="37"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="38"/>
        <source>Save drafts at most this long after typing</source>
        <translation>Enregistrer les brouillons au plus tard ce délai après la saisie</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="39"/>
        <source>Default &amp;language of posts:</source>
        <translation>&amp;Langue par défaut des messages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="40"/>
        <source>&amp;Save drafts within:</source>
        <translation>&amp;Enregistrer les brouillons sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="48"/>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <location filename="../ui/compose/view.py" line="89"/>
        <source>Describe the picture (alt text) — required</source>
        <translation>Décrivez l&apos;image (texte alternatif) — obligatoire</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="92"/>
        <source>Picture description (alt text)</source>
        <translation>Description de l&apos;image (texte alternatif)</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="94"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="95"/>
        <source>Remove picture</source>
        <translation>Retirer l&apos;image</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="96"/>
        <source>Picture preview</source>
        <translation>Aperçu de l&apos;image</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="255"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="256"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="257"/>
        <location filename="../ui/compose/view.py" line="258"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="259"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="260"/>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="261"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="262"/>
        <source>Duplicate draft</source>
        <translation>Dupliquer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="263"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="264"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="265"/>
        <location filename="../ui/compose/view.py" line="266"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="268"/>
        <source>Start from a template</source>
        <translation>Partir d&apos;un modèle</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="270"/>
        <source>Insert a hashtag</source>
        <translation>Insérer un hashtag</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="273"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="275"/>
        <source>Language of the post</source>
        <translation>Langue du message</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="278"/>
        <source>Content warning (optional)</source>
        <translation>Avertissement de contenu (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="280"/>
        <source>Content warning</source>
        <translation>Avertissement de contenu</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="282"/>
        <source>What is happening at the dialogue?</source>
        <translation>Que se passe-t-il au dialogue&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="284"/>
        <source>Post text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="285"/>
        <source>Post to</source>
        <translation>Publier sur</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="287"/>
        <source>No accounts yet. Add one under Accounts; you can still write and save drafts.</source>
        <translation>Aucun compte pour l&apos;instant. Ajoutez-en un dans Comptes&#xa0;; vous pouvez quand même écrire et enregistrer des brouillons.</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="292"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="294"/>
        <source>Too long for one post. Here it is as a thread: edit the parts freely; a line with --- separates them.</source>
        <translation>Trop long pour un seul message. Le voici sous forme de fil&#xa0;: modifiez librement les parties&#xa0;; une ligne avec --- les sépare.</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="301"/>
        <source>Thread parts</source>
        <translation>Parties du fil</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="303"/>
        <source>Pictures (up to 4)</source>
        <translation>Images (4 au maximum)</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="305"/>
        <source>Every picture needs a description (alt text) so people who cannot see it, or whose connection does not load it, know what it shows. Location and camera details are removed before upload.</source>
        <translation>Chaque image a besoin d&apos;une description (texte alternatif) pour que les personnes qui ne peuvent pas la voir, ou dont la connexion ne la charge pas, sachent ce qu&apos;elle montre. Le lieu et les détails de l&apos;appareil photo sont retirés avant l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="312"/>
        <source>Add picture…</source>
        <translation>Ajouter une image…</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="313"/>
        <source>Add picture</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="314"/>
        <source>Post at</source>
        <translation>Publier à</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="316"/>
        <source>Post at a set time</source>
        <translation>Publier à une heure fixée</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="318"/>
        <source>Time to post</source>
        <translation>Heure de publication</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="319"/>
        <source>Open on X</source>
        <translation>Ouvrir sur X</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="321"/>
        <source>Open the post on X in the browser</source>
        <translation>Ouvrir le message sur X dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="323"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="324"/>
        <source>Send to the outbox</source>
        <translation>Envoyer dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="326"/>
        <source>Put the post in the outbox; it goes out when online (Ctrl+Enter)</source>
        <translation>Mettre le message dans la boîte d&apos;envoi&#xa0;; il part dès que la connexion est là (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="271"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="272"/>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag :</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <location filename="../ui/compose/area.py" line="136"/>
        <location filename="../ui/compose/area.py" line="622"/>
        <source>Compose: send or queue the post</source>
        <extracomment>run the background sender (off in tests that must not touch the network)</extracomment>
        <translation>Rédiger&#xa0;: envoyer la publication ou la mettre en file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="195"/>
        <source>Templates…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="200"/>
        <source>Add hashtag…</source>
        <translation>Ajouter un hashtag…</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="209"/>
        <source>(empty draft)</source>
        <translation>(brouillon vide)</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="337"/>
        <source>Picture %1 needs a description before posting.</source>
        <translation>L&apos;image %1 a besoin d&apos;une description avant publication.</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="342"/>
        <source>A picture has no description (alt text).</source>
        <translation>Une image n&apos;a pas de description (texte alternatif).</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="344"/>
        <source>Choose where to post.</source>
        <translation>Choisissez où publier.</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="354"/>
        <source>As soon as there is a connection.</source>
        <translation>Dès qu&apos;il y a une connexion.</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="359"/>
        <source>%1 here · %2 UTC (event time).</source>
        <translation>%1 ici · %2 UTC (heure de l&apos;événement).</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="365"/>
        <source>Bluesky/X posts need the app running and online at that time.</source>
        <translation>Les messages Bluesky/X exigent que l&apos;application soit ouverte et en ligne à ce moment-là.</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="367"/>
        <source>Mastodon gets it ahead of time when online.</source>
        <translation>Mastodon le reçoit à l&apos;avance quand vous êtes en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="397"/>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="404"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="492"/>
        <source>Add picture</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="494"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="501"/>
        <source>At most 4 pictures per post.</source>
        <translation>4 images au maximum par message.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../ui/countdown/area.py" line="130"/>
        <source>Event file problem</source>
        <extracomment>re-check reminders at least this often (a suspended laptop, a clock change) look for a newer event file this often while the app runs</extracomment>
        <translation>Problème de fichier de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="150"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="151"/>
        <source>Add to calendar…</source>
        <translation>Ajouter à l&apos;agenda…</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="153"/>
        <source>Export the day and starred sessions to a calendar file</source>
        <translation>Exporter la journée et les sessions marquées d&apos;une étoile dans un fichier d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="157"/>
        <source>Open event file…</source>
        <translation>Ouvrir un fichier d&apos;événement…</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="159"/>
        <source>Open a newer event file from this computer</source>
        <translation>Ouvrir un fichier d&apos;événement plus récent depuis cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="161"/>
        <source>Check for updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="163"/>
        <source>Fetch the latest event details</source>
        <translation>Récupérer les dernières informations sur l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="165"/>
        <source>Write a post</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="167"/>
        <source>Start a post with the event hashtag</source>
        <translation>Commencer un message avec le hashtag de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="169"/>
        <source>Remind me at the start</source>
        <translation>Me le rappeler au début</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="171"/>
        <source>Remind me when the day starts</source>
        <translation>Me le rappeler quand la journée commence</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="173"/>
        <source>Show event time</source>
        <translation>Heure de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="175"/>
        <source>Show programme times in the event&apos;s time zone</source>
        <translation>Afficher les horaires du programme dans le fuseau horaire de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="177"/>
        <location filename="../ui/countdown/area.py" line="187"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="181"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="182"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="183"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="184"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="188"/>
        <source>Field sites</source>
        <translation>Sites de terrain</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="190"/>
        <source>Time remaining</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="222"/>
        <source>Sample programme for demonstrations: these sessions are not real.</source>
        <translation>Programme d&apos;exemple pour les démonstrations&#xa0;: ces sessions ne sont pas réelles.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="227"/>
        <source>Starts (event time): %1</source>
        <translation>Début (heure de l&apos;événement)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="232"/>
        <source>Starts (your time): %1</source>
        <translation>Début (votre heure)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="246"/>
        <source>No timed sessions have been announced for this day.</source>
        <translation>Aucune session avec horaire n&apos;a été annoncée pour cette journée.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="260"/>
        <source>About the day</source>
        <translation>À propos de la journée</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="274"/>
        <source>Organiser:</source>
        <translation>Organisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="289"/>
        <source>Past editions:</source>
        <translation>Éditions précédentes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="299"/>
        <source>Event details shipped with the app.</source>
        <translation>Informations sur l&apos;événement fournies avec l&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="301"/>
        <source>Event details from %1, updated %2.</source>
        <translation>Informations sur l&apos;événement provenant de %1, mises à jour le %2.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="326"/>
        <source>starts %1, %2</source>
        <translation>début %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="368"/>
        <source>Starts in</source>
        <translation>Début dans</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="371"/>
        <source>Live now — time left today</source>
        <translation>En direct — temps restant aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="374"/>
        <source>This edition has ended</source>
        <translation>Cette édition est terminée</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="378"/>
        <source>Next: %1</source>
        <translation>Prochaine&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="382"/>
        <source>Thank you for taking part</source>
        <translation>Merci de votre participation</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="390"/>
        <source>now %1 %2</source>
        <translation>actuellement %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="422"/>
        <source>On now: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="429"/>
        <source>Next: %1 at %2</source>
        <translation>Ensuite&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="437"/>
        <source>Next edition starts %1.</source>
        <translation>La prochaine édition commence le %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="448"/>
        <source>More about the day: %1</source>
        <translation>En savoir plus sur la journée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="523"/>
        <source>Missed reminder: %1</source>
        <translation>Rappel manqué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="526"/>
        <source>It started at %1 (the app was closed).</source>
        <translation>Cela a commencé à %1 (l&apos;application était fermée).</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="530"/>
        <location filename="../ui/countdown/area.py" line="537"/>
        <source>It starts at %1.</source>
        <translation>Cela commence à %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="534"/>
        <source>Starting soon: %1</source>
        <translation>Bientôt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="566"/>
        <source>Add to calendar</source>
        <translation>Ajouter à l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="568"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="575"/>
        <source>Open event file</source>
        <translation>Ouvrir un fichier d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="577"/>
        <source>Event files (*.json)</source>
        <translation>Fichiers d&apos;événement (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="606"/>
        <source>Calendar file saved</source>
        <translation>Fichier d&apos;agenda enregistré</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="641"/>
        <source>Could not check for a newer event file: %1</source>
        <translation>Impossible de rechercher un fichier d&apos;événement plus récent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="39"/>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="51"/>
        <source>Remind me</source>
        <translation>Me le rappeler</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="86"/>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="88"/>
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
        <location filename="../ui/countdown/area.py" line="192"/>
        <location filename="../ui/countdown/area.py" line="197"/>
        <source>Say time left</source>
        <translation>Annoncer le temps restant</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="194"/>
        <source>Have the screen reader say the time left</source>
        <translation>Faire annoncer le temps restant par le lecteur d&apos;écran</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="202"/>
        <location filename="../ui/countdown/area.py" line="204"/>
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
    <message>
        <location filename="../ui/countdown/text.py" line="131"/>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../core/errors.py" line="57"/>
        <source>The app will try again when the connection comes back.</source>
        <extracomment>a short hint about what the user can do next, or &quot;&quot; (a translatable template).</extracomment>
        <translation>L&apos;application réessaiera quand la connexion reviendra.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="63"/>
        <source>Open Accounts and log in again. Nothing queued is lost.</source>
        <translation>Ouvrez Comptes et reconnectez-vous. Rien de ce qui est en attente n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="74"/>
        <source>The app waits and tries again by itself.</source>
        <translation>L&apos;application attend et réessaie d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="102"/>
        <source>Free some disk space or check the data folder, then try again.</source>
        <translation>Libérez de l&apos;espace disque ou vérifiez le dossier de données, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="299"/>
        <source>A secure connection to %1 could not be made (certificate problem).</source>
        <extracomment>(connect, read) seconds; slow field links get a generous read timeout differences between this computer&apos;s clock and a server&apos;s below this are noise a reply that took longer than this says too little about the server&apos;s clock learns this computer&apos;s clock error from each trusted reply&apos;s ``Date`` bytes received in bodies and requests sent, for the data-use counters</extracomment>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1 (problème de certificat).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="302"/>
        <source>Check the computer&apos;s date and time, and the network you are on.</source>
        <translation>Vérifiez la date et l&apos;heure de l&apos;ordinateur, ainsi que le réseau auquel vous êtes connecté.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="309"/>
        <source>%1 could not be reached.</source>
        <translation>Impossible de joindre %1.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="313"/>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="357"/>
        <source>%1: the server asked for a login (401).</source>
        <translation>%1&#xa0;: le serveur demande une connexion (401).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="364"/>
        <source>%1: too many requests; waiting until %2 UTC.</source>
        <translation>%1&#xa0;: trop de requêtes&#xa0;; attente jusqu&apos;à %2 UTC.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="369"/>
        <source>%1: too many requests; waiting a while.</source>
        <translation>%1&#xa0;: trop de requêtes&#xa0;; attente un moment.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="375"/>
        <source>%1: the server answered %2 (%3).</source>
        <translation>%1&#xa0;: le serveur a répondu %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="380"/>
        <source>%1: the server answered %2.</source>
        <translation>%1&#xa0;: le serveur a répondu %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="42"/>
        <source>%1: this Bluesky account is deactivated.</source>
        <extracomment>errors meaning &quot;this session is over: log in again&quot; errors meaning &quot;the account itself cannot act&quot;: no new login helps (the PDS&apos;s auth verifier: AuthRequiredError &apos;AccountDeactivated&apos; / &apos;AccountTakedown&apos;)</extracomment>
        <translation>%1 : ce compte Bluesky est désactivé.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="43"/>
        <source>Reactivate it by logging in with the Bluesky app, then log in again in Accounts. Its queued posts wait and are not lost.</source>
        <translation>Réactivez-le en vous connectant avec l’app Bluesky, puis reconnectez-vous dans Comptes. Ses publications en attente patientent et ne sont pas perdues.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="52"/>
        <source>%1: Bluesky has suspended or taken down this account.</source>
        <translation>%1 : Bluesky a suspendu ou retiré ce compte.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="55"/>
        <source>Logging in again does not help: Bluesky&apos;s moderation (the appeal form in the Bluesky app) can say why. Its queued posts wait and are not lost.</source>
        <translation>Se reconnecter n’y changera rien : la modération de Bluesky (le formulaire d’appel dans l’app Bluesky) peut en donner la raison. Ses publications en attente patientent et ne sont pas perdues.</translation>
    </message>
    <message>
        <location filename="../core/accounts/session.py" line="175"/>
        <source>%1: the login is only sent to its own server, %2.</source>
        <extracomment>a refresh finished this recently is reused by callers that saw the old token fail refresh states shared by every SessionManager over the same credential store, so features that each make their own manager still refresh one at a time how many refreshSession calls were made (diagnostics and tests)</extracomment>
        <translation>%1 : l’identification n’est envoyée qu’à son propre serveur, %2.</translation>
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
        <location filename="../core/library/signing.py" line="61"/>
        <source>Install it only if you know this key belongs to the publisher: compare the fingerprint with the one they gave you.</source>
        <extracomment>the environment variable scripts use to give a key file&apos;s passphrase The public half of the SAMPLE key that signs the bundled sample pack. Its private half is in ``scripts/sample-signing-key.json`` and is NOT secret: anyone can sign with it. So it is trusted only for the sample pack bundled with the app, never for a pack from a server, a USB stick or a peer.</extracomment>
        <translation>Installez-le seulement si vous savez que cette clé appartient à l&apos;éditeur : comparez l&apos;empreinte avec celle qu&apos;il vous a donnée.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="368"/>
        <source>This pack is not signed by its publisher, so it is not accepted from another laptop.</source>
        <translation>Ce paquet n&apos;est pas signé par son éditeur : il n&apos;est donc pas accepté depuis un autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="379"/>
        <source>This pack is signed with the SAMPLE key (fingerprint %1), whose private half is public: anyone can sign with it.</source>
        <translation>Ce paquet est signé avec la clé d&apos;EXEMPLE (empreinte %1), dont la partie privée est publique : n&apos;importe qui peut signer avec.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="389"/>
        <source>This pack is signed by a key this computer does not trust: fingerprint %1 (claims to be %2).</source>
        <translation>Ce paquet est signé par une clé que cet ordinateur ne reconnaît pas : empreinte %1 (se présente comme %2).</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="287"/>
        <source>%1: the server says the post is too long (%2).</source>
        <extracomment>Mastodon remembers an Idempotency-Key for one hour</extracomment>
        <translation>%1 : le serveur dit que le message est trop long (%2).</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="230"/>
        <source>Published early: %1 does not schedule posts, so it published this at once instead of at %2 UTC.</source>
        <extracomment>Mastodon takes scheduled statuses at least 5 minutes ahead</extracomment>
        <translation>Publié en avance : %1 ne programme pas les messages, il l’a donc publié tout de suite au lieu de %2 UTC.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="335"/>
        <source>Needs editing: part %1 of %2 is too long for %3. Already posted: %4. Shorten it, or press Retry to split it again.</source>
        <translation>À modifier : la partie %1 sur %2 est trop longue pour %3. Déjà publié : %4. Raccourcissez-la, ou appuyez sur Réessayer pour la découper à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="344"/>
        <source>Needs editing: part %1 of %2 is too long for %3. Nothing was posted. Shorten it, or press Retry to split it again.</source>
        <translation>À modifier : la partie %1 sur %2 est trop longue pour %3. Rien n’a été publié. Raccourcissez-la, ou appuyez sur Réessayer pour la découper à nouveau.</translation>
    </message>
</context>
<context>
    <name>EventSettingsPage</name>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="36"/>
        <source>Event file address:</source>
        <translation>Adresse du fichier d&apos;événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="37"/>
        <source>Remind me (minutes before):</source>
        <translation>Rappel (minutes avant)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="38"/>
        <source>Field-site clocks (IANA zones):</source>
        <translation>Horloges des sites de terrain (fuseaux IANA)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="39"/>
        <source>My time zone (empty: the computer&apos;s):</source>
        <translation>Mon fuseau horaire (vide&#xa0;: celui de l&apos;ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="40"/>
        <source>Programme in the event&apos;s time:</source>
        <translation>Programme à l&apos;heure de l&apos;événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="47"/>
        <source>Event file address</source>
        <translation>Adresse du fichier d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="48"/>
        <source>Reminder minutes before a session</source>
        <translation>Minutes de rappel avant une session</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="49"/>
        <source>Field-site clocks</source>
        <translation>Horloges des sites de terrain</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="50"/>
        <source>My time zone</source>
        <translation>Mon fuseau horaire</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="51"/>
        <source>Programme in the event&apos;s time</source>
        <translation>Programme à l&apos;heure de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="59"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="61"/>
        <source>System language</source>
        <extracomment>&quot;module:Class&quot; of each feature&apos;s settings page, in tab order</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="62"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="63"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="75"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <location filename="../ui/live/chart.py" line="30"/>
        <source>%Ln posts in the last %1 hours</source>
        <translation>
            <numerusform>%Ln publication au cours des %1 dernières heures</numerusform>
            <numerusform>%Ln publications au cours des %1 dernières heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/chart.py" line="71"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsPage</name>
    <message>
        <location filename="../ui/library/settings_page.py" line="35"/>
        <source>Content pack address</source>
        <translation>Adresse du pack de contenu</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="36"/>
        <location filename="../ui/library/settings_page.py" line="37"/>
        <source>Update only on an unmetered connection</source>
        <translation>Mettre à jour uniquement sur une connexion non limitée</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="38"/>
        <source>Update only at night (22:00–06:00)</source>
        <translation>Mettre à jour uniquement la nuit (22:00–06:00)</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="39"/>
        <source>Update only at night</source>
        <translation>Mettre à jour uniquement la nuit</translation>
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
        <location filename="../ui/library/settings_page.py" line="58"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <location filename="../ui/library/library_widget.py" line="161"/>
        <source>Search titles, captions and publications…</source>
        <extracomment>the query whose results are listed (&quot;&quot; = the browse list)</extracomment>
        <translation>Rechercher dans les titres, légendes et publications…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="162"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="166"/>
        <source>Language of the materials</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="167"/>
        <source>Update pack</source>
        <translation>Mettre à jour le pack</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="168"/>
        <source>Download the latest content pack</source>
        <translation>Télécharger le dernier pack de contenu</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="169"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="170"/>
        <source>Stop the download</source>
        <translation>Arrêter le téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="171"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="172"/>
        <source>Import a pack from a USB stick</source>
        <translation>Importer un pack depuis une clé USB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="173"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="174"/>
        <source>Export the pack to a USB stick</source>
        <translation>Exporter le pack vers une clé USB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="175"/>
        <source>From a folder…</source>
        <translation>Depuis un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="176"/>
        <source>From a zip archive…</source>
        <translation>Depuis une archive zip…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="177"/>
        <source>To a folder…</source>
        <translation>Vers un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="178"/>
        <source>To a zip archive…</source>
        <translation>Vers une archive zip…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="179"/>
        <source>Library items</source>
        <translation>Éléments de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="180"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="181"/>
        <source>Open the selected item</source>
        <translation>Ouvrir l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="182"/>
        <source>Open with system viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="183"/>
        <source>Open with the system&apos;s viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="184"/>
        <source>Download this item</source>
        <translation>Télécharger cet élément</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="185"/>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="186"/>
        <source>Open the web page in the browser</source>
        <translation>Ouvrir la page web dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="187"/>
        <source>Send to composer</source>
        <translation>Utiliser dans un message</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="188"/>
        <source>Start a post about this item</source>
        <translation>Commencer un message sur cet élément</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="202"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="203"/>
        <source>Kiswahili</source>
        <translation>Kiswahili</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="204"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="205"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="206"/>
        <source>Malagasy</source>
        <translation>Malgache</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="207"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="264"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="267"/>
        <source>No content pack is installed yet.</source>
        <translation>Aucun pack de contenu n&apos;est encore installé.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="271"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="275"/>
        <source>set the pack address in Settings to get updates</source>
        <translation>indiquez l&apos;adresse du pack dans Paramètres pour recevoir les mises à jour</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="308"/>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="314"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="350"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="351"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="355"/>
        <source>Photobook</source>
        <translation>Livre photo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="356"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="357"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="358"/>
        <source>Newsletter</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="359"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="405"/>
        <source>Download (%1 MB)</source>
        <translation>Télécharger (%1 Mo)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="411"/>
        <source>You are offline.</source>
        <translation>Vous êtes hors ligne.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="466"/>
        <source>This publication cannot be shown here; try the system viewer.</source>
        <translation>Cette publication ne peut pas être affichée ici&#xa0;; essayez la visionneuse du système.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="528"/>
        <source>For your safety, this kind of file is not opened outside the app.</source>
        <translation>Pour votre sécurité, ce type de fichier n’est pas ouvert en dehors de l’application.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="583"/>
        <source>No pack address yet: set it in Settings → Library, or import a pack from a USB stick.</source>
        <translation>Pas encore d&apos;adresse de pack&#xa0;: indiquez-la dans Paramètres → Bibliothèque, ou importez un pack depuis une clé USB.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="602"/>
        <source>Checking for a new pack…</source>
        <translation>Recherche d&apos;un nouveau pack…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="623"/>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="629"/>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_widget.py" line="633"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>environ %Ln min restante</numerusform>
            <numerusform>environ %Ln min restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="635"/>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="639"/>
        <source>Installing the new pack…</source>
        <translation>Installation du nouveau pack…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="648"/>
        <source>The pack is up to date (version %1).</source>
        <translation>Le pack est à jour (version %1).</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="653"/>
        <source>Pack version %1 installed (%2 MB downloaded).</source>
        <translation>Pack version %1 installé (%2 Mo téléchargés).</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="673"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Une erreur s&apos;est produite&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="707"/>
        <source>Downloaded.</source>
        <translation>Téléchargé.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="716"/>
        <source>Pack folder</source>
        <translation>Dossier du pack</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="721"/>
        <source>Pack archive</source>
        <translation>Archive du pack</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="723"/>
        <location filename="../ui/library/library_widget.py" line="733"/>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="727"/>
        <source>Export into folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="731"/>
        <source>Export to archive</source>
        <translation>Exporter vers une archive</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="748"/>
        <source>Checking the pack…</source>
        <translation>Vérification du pack…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="761"/>
        <source>Pack %1 version %2 installed.</source>
        <translation>Pack %1 version %2 installé.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="785"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="796"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="163"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="164"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <location filename="../ui/live/widget.py" line="37"/>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="38"/>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="39"/>
        <source>polling every %1 s</source>
        <translation>vérification toutes les %1 s</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="42"/>
        <source>waiting for the rate limit until %1</source>
        <translation>attente de la limite de requêtes jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="45"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="46"/>
        <source>login needed</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="47"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="48"/>
        <source>paused while the window is hidden</source>
        <translation>en pause tant que la fenêtre est cachée</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="49"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="199"/>
        <source>All networks</source>
        <extracomment>what was last announced to screen readers (polite, only when the count changes)</extracomment>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="236"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="269"/>
        <source>%Ln new posts — show</source>
        <translation>
            <numerusform>%Ln nouvelle publication — afficher</numerusform>
            <numerusform>%Ln nouvelles publications — afficher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="273"/>
        <source>%Ln new posts</source>
        <translation>
            <numerusform>%Ln nouvelle publication</numerusform>
            <numerusform>%Ln nouvelles publications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="311"/>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu : %1</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="314"/>
        <source>no description</source>
        <translation>pas de description</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="321"/>
        <source>Open the original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="348"/>
        <source>No sources are set up.</source>
        <translation>Aucune source n’est configurée.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="369"/>
        <source>Offline since %1 — showing the last posts saved on this computer.</source>
        <translation>Hors ligne depuis %1 — affichage des dernières publications enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="372"/>
        <source>Offline — showing the posts saved on this computer.</source>
        <translation>Hors ligne — affichage des publications enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="385"/>
        <source>Loading saved posts…</source>
        <translation>Chargement des publications enregistrées…</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="387"/>
        <source>No post matches these filters.</source>
        <translation>Aucune publication ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="390"/>
        <source>No posts yet. New posts with the event&apos;s hashtag appear here.</source>
        <translation>Pas encore de publications. Les nouvelles publications avec le hashtag de l’événement apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="401"/>
        <source>Nobody yet.</source>
        <translation>Personne pour l’instant.</translation>
    </message>
</context>
<context>
    <name>LiveSettingsPage</name>
    <message>
        <location filename="../ui/live/settings_page.py" line="60"/>
        <source>Mastodon &amp;instances (one per line):</source>
        <translation>&amp;Instances Mastodon (une par ligne) :</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="61"/>
        <source>E&amp;xtra hashtags:</source>
        <translation>Hashtags &amp;supplémentaires :</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="62"/>
        <source>Mute &amp;words (one per line):</source>
        <translation>Masquer des &amp;mots (un par ligne) :</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="63"/>
        <source>Mute &amp;accounts (one per line):</source>
        <translation>Masquer des &amp;comptes (un par ligne) :</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="64"/>
        <location filename="../ui/live/settings_page.py" line="67"/>
        <source>Read Bluesky</source>
        <translation>Lire Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="65"/>
        <source>Data saver: text only, load pictures on click</source>
        <translation>Économie de données : texte seul, images chargées au clic</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="66"/>
        <source>Mastodon instances</source>
        <translation>Instances Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="68"/>
        <source>Extra hashtags</source>
        <translation>Hashtags supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="69"/>
        <source>Data saver</source>
        <translation>Économie de données</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="70"/>
        <source>Muted words</source>
        <translation>Mots masqués</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="71"/>
        <source>Muted accounts</source>
        <translation>Comptes masqués</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="74"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="94"/>
        <source>Not used (not a web address): %1</source>
        <translation>Non utilisé (pas une adresse web) : %1</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <location filename="../ui/live/view.py" line="140"/>
        <location filename="../ui/live/view.py" line="141"/>
        <source>Search loaded posts</source>
        <translation>Rechercher dans les publications chargées</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="144"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="146"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="147"/>
        <source>Media only</source>
        <translation>Médias seulement</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="148"/>
        <source>Show only posts with media</source>
        <translation>Afficher seulement les publications avec des médias</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="149"/>
        <source>Hide reposts</source>
        <translation>Masquer les partages</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="150"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="151"/>
        <source>Selected post</source>
        <translation>Publication sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="152"/>
        <source>Select a post to read it in full.</source>
        <translation>Sélectionnez une publication pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="153"/>
        <source>Share in a new post…</source>
        <translation>Partager dans une nouvelle publication…</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="154"/>
        <source>Share the selected post in a new post</source>
        <translation>Partager la publication sélectionnée dans une nouvelle publication</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="155"/>
        <location filename="../ui/live/view.py" line="156"/>
        <source>Posts per hour</source>
        <translation>Publications par heure</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="157"/>
        <source>Top contributors</source>
        <translation>Principaux contributeurs</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="158"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="160"/>
        <source>State of each source</source>
        <translation>État de chaque source</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="161"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="142"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="143"/>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="145"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="98"/>
        <source>Welcome! Everything here works offline: the countdown, your drafts and the library. Add your accounts under Accounts when you have a connection.</source>
        <extracomment>areas built at start even when another one is shown: the countdown owns the reminders, which must fire whichever area the user left open</extracomment>
        <translation>Bienvenue&#xa0;! Tout ici fonctionne hors ligne&#xa0;: le décompte, vos brouillons et la bibliothèque. Ajoutez vos comptes dans Comptes quand vous avez une connexion.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="148"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="150"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="153"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="156"/>
        <source>&amp;About shareASM Companion</source>
        <translation>À &amp;propos de shareASM Companion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="163"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>Choose what to show</source>
        <translation>Choisissez ce qui s&apos;affiche</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Checking connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>○ Offline — working from saved data</source>
        <translation>○ Hors ligne — travail avec les données enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="240"/>
        <source>Network state: %1</source>
        <translation>État du réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="252"/>
        <source>Something went wrong. Your data is safe; the details are in the log.</source>
        <translation>Une erreur s&apos;est produite. Vos données sont en sécurité&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="271"/>
        <source>About shareASM Companion</source>
        <translation>À propos de shareASM Companion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273"/>
        <source>&lt;h3&gt;shareASM Companion %1&lt;/h3&gt;&lt;p&gt;A companion for IIED&apos;s #shareASM digital day on artisanal and small-scale mining: countdown, live posts, offline composing and the programme library.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;shareASM Companion %1&lt;/h3&gt;&lt;p&gt;Un compagnon pour la journée numérique #shareASM de l&apos;IIED sur l&apos;exploitation minière artisanale et à petite échelle (EMAPE/ASM)&#xa0;: décompte, messages en direct, rédaction hors ligne et bibliothèque du programme.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="302"/>
        <location filename="../ui/main_window.py" line="305"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>MastodonDialog</name>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="120"/>
        <source>Add a Mastodon account</source>
        <extracomment>how long the app waits for the browser to come back</extracomment>
        <translation>Ajouter un compte Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="121"/>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="122"/>
        <source>Mastodon instance address</source>
        <translation>Adresse de l&apos;instance Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="123"/>
        <source>Ways to log in</source>
        <translation>Modes de connexion</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="124"/>
        <source>Log in with the browser</source>
        <translation>Connexion par le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="125"/>
        <source>Paste a code</source>
        <translation>Coller un code</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="126"/>
        <source>Paste an access token</source>
        <translation>Coller un jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="129"/>
        <source>Your web browser opens your instance&apos;s login page. Log in there and choose Authorize; the app receives the login by itself. It may only read and publish posts and media, nothing else.</source>
        <translation>Votre navigateur web ouvre la page de connexion de votre instance. Connectez-vous et choisissez Autoriser (Authorize)&#xa0;; l&apos;application reçoit la connexion d&apos;elle-même. Elle pourra seulement lire et publier des messages et des médias, rien d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="134"/>
        <source>&amp;Open the login page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="135"/>
        <source>Open the login page in the browser</source>
        <translation>Ouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="138"/>
        <source>If the browser cannot come back to the app, your instance can show a code instead: open the page, authorize, then paste the code here.</source>
        <translation>Si le navigateur ne peut pas revenir à l&apos;application, votre instance peut afficher un code à la place&#xa0;: ouvrez la page, autorisez, puis collez le code ici.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="142"/>
        <source>Open the page that shows a &amp;code</source>
        <translation>Ouvrir la page qui affiche un &amp;code</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="143"/>
        <source>Open the page that shows a login code</source>
        <translation>Ouvrir la page qui affiche un code de connexion</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="144"/>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="145"/>
        <source>Login code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="146"/>
        <source>&amp;Log in with this code</source>
        <translation>Se conn&amp;ecter avec ce code</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="147"/>
        <source>Log in with this code</source>
        <translation>Se connecter avec ce code</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="150"/>
        <source>On your instance, open Preferences → Development → New application, tick profile (or read:accounts), read:statuses, write:statuses and write:media, save, and copy “Your access token” here.</source>
        <translation>Sur votre instance, ouvrez Préférences → Développement → Nouvelle application, cochez profile (ou read:accounts), read:statuses, write:statuses et write:media, enregistrez, puis copiez ici «&#xa0;Votre jeton d&apos;accès&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="155"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="156"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="157"/>
        <source>&amp;Add with this token</source>
        <translation>&amp;Ajouter avec ce jeton</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="158"/>
        <source>Add the account with this access token</source>
        <translation>Ajouter le compte avec ce jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="175"/>
        <source>Preparing the login…</source>
        <translation>Préparation de la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="191"/>
        <source>Waiting for the browser… Log in and choose Authorize on the page.</source>
        <translation>En attente du navigateur… Connectez-vous et choisissez Autoriser (Authorize) sur la page.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="219"/>
        <source>Paste the code the page shows, then choose Log in.</source>
        <translation>Collez le code affiché sur la page, puis choisissez Se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="226"/>
        <source>First open the page that shows a code.</source>
        <translation>Ouvrez d&apos;abord la page qui affiche un code.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="239"/>
        <source>Checking the token…</source>
        <translation>Vérification du jeton…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/message_bar.py" line="37"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="38"/>
        <source>Copy the error report</source>
        <translation>Copier le rapport d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="39"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="40"/>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="30"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="31"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="32"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="33"/>
        <source>Scheduled on server</source>
        <translation>Programmé sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="34"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="35"/>
        <source>Needs login</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="127"/>
        <source>waits until %1 (the app must be running and online then)</source>
        <translation>attend jusqu&apos;à %1 (l&apos;application doit alors être ouverte et en ligne)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="132"/>
        <source>%1 — next try %2</source>
        <translation>%1 — prochain essai à %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="157"/>
        <source>%1, %2. Posts are kept here until they are out.</source>
        <translation>%1&#xa0;; %2. Les messages restent ici jusqu&apos;à leur envoi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="162"/>
        <source>%Ln waiting to be sent</source>
        <translation>
            <numerusform>En attente d&apos;envoi&#xa0;: %Ln</numerusform>
            <numerusform>En attente d&apos;envoi&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="166"/>
        <source>%Ln need attention</source>
        <translation>
            <numerusform>à vérifier&#xa0;: %Ln</numerusform>
            <numerusform>à vérifier&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="36"/>
        <source>Published early</source>
        <translation>Publié en avance</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="37"/>
        <source>Needs editing</source>
        <translation>À modifier</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="122"/>
        <source>will be sent by this computer at %1 (the app must be running and online then)</source>
        <translation>sera envoyé par cet ordinateur à %1 (l’application doit alors être ouverte et en ligne)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="94"/>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="96"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="57"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="58"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="59"/>
        <source>Post</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="60"/>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="61"/>
        <source>Link or reason</source>
        <translation>Lien ou motif</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="64"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="65"/>
        <source>Send now</source>
        <translation>Tout envoyer</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="67"/>
        <source>Try sending everything now</source>
        <translation>Essayer de tout envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="69"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="71"/>
        <source>Retry the selected post</source>
        <translation>Réessayer le message sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="73"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="75"/>
        <source>Remove the selected post from the outbox</source>
        <translation>Retirer le message sélectionné de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="77"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="79"/>
        <source>Open the published post</source>
        <translation>Ouvrir le message publié</translation>
    </message>
</context>
<context>
    <name>PhotobookViewer</name>
    <message>
        <location filename="../ui/library/photobook.py" line="206"/>
        <source>← Library</source>
        <extracomment>each language&apos;s name in itself, as a speaker would look for it</extracomment>
        <translation>← Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="207"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="208"/>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="209"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="210"/>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="211"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="212"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="213"/>
        <source>Fit the page to the window</source>
        <translation>Ajuster la page à la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="214"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="215"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="216"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="217"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="219"/>
        <source>Leave presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="219"/>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="221"/>
        <source>Presentation mode (full screen)</source>
        <translation>Mode présentation (plein écran)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="222"/>
        <source>F5 or F11; Esc to leave</source>
        <translation>F5 ou F11&#xa0;; Échap pour quitter</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="223"/>
        <source>Send to composer</source>
        <translation>Utiliser dans un message</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="224"/>
        <source>Start a post about this page</source>
        <translation>Commencer un message sur cette page</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="225"/>
        <location filename="../ui/library/photobook.py" line="395"/>
        <source>Photobook page</source>
        <translation>Page du livre photo</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="226"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="227"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="228"/>
        <source>Switch language, same page</source>
        <translation>Changer de langue, même page</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="385"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="416"/>
        <source>This page cannot be shown (the file is damaged).</source>
        <translation>Cette page ne peut pas être affichée (le fichier est endommagé).</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="312"/>
        <location filename="../ui/library/photobook.py" line="461"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../ui/live/delegate.py" line="32"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="33"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="34"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="35"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="36"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="38"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="66"/>
        <location filename="../ui/live/post_model.py" line="56"/>
        <source>Reposted by @%1</source>
        <extracomment>posts whose media the user asked for in data-saver mode</extracomment>
        <translation>Partagé par @%1</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="70"/>
        <source>Content warning: %1 (click to show)</source>
        <translation>Avertissement de contenu : %1 (cliquer pour afficher)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="77"/>
        <location filename="../ui/live/post_model.py" line="69"/>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu : %1</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="87"/>
        <location filename="../ui/live/post_model.py" line="35"/>
        <source>no description</source>
        <translation>pas de description</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="90"/>
        <source>%1 marked sensitive (click to show)</source>
        <translation>%1 marqué comme sensible (cliquer pour afficher)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="96"/>
        <source>▸ %1: %2 (click to load the picture)</source>
        <translation>▸ %1 : %2 (cliquer pour charger l’image)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="200"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/live/post_model.py" line="47"/>
        <source>%1 (@%2) on %3, %4</source>
        <translation>%1 (@%2) sur %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/live/post_model.py" line="62"/>
        <source>Content warning: %1 (text hidden, press Enter to show)</source>
        <translation>Avertissement de contenu : %1 (texte masqué, appuyez sur Entrée pour l&apos;afficher)</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message numerus="yes">
        <location filename="../ui/live/post_model.py" line="117"/>
        <source>%n picture(s)</source>
        <extracomment>uris whose content warning was opened / sensitive media revealed</extracomment>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicationViewer</name>
    <message>
        <location filename="../ui/library/publication.py" line="101"/>
        <source>← Library</source>
        <translation>← Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="102"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="103"/>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="104"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="105"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="106"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="107"/>
        <source>Fit the page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="108"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="109"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="110"/>
        <location filename="../ui/library/publication.py" line="111"/>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="112"/>
        <location filename="../ui/library/publication.py" line="113"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="114"/>
        <source>Open with system viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="115"/>
        <source>Open with the system&apos;s PDF viewer</source>
        <translation>Ouvrir avec la visionneuse PDF du système</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="116"/>
        <source>Send to composer</source>
        <translation>Utiliser dans un message</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="117"/>
        <source>Start a post about this publication</source>
        <translation>Commencer un message sur cette publication</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="118"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="150"/>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/publication.py" line="187"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="206"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="106"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="107"/>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <location filename="../ui/library/share_panel.py" line="186"/>
        <source>Share at the venue</source>
        <translation>Partager sur place</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="187"/>
        <source>Share packs with the laptops around you, no internet</source>
        <translation>Partager les paquets avec les ordinateurs autour de vous, sans internet</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="188"/>
        <location filename="../ui/library/share_panel.py" line="189"/>
        <source>Share my packs on this network</source>
        <translation>Partager mes paquets sur ce réseau</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="190"/>
        <source>Look for nearby shares</source>
        <translation>Chercher des partages à proximité</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="191"/>
        <source>Address of a share</source>
        <translation>Adresse d&apos;un partage</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="192"/>
        <source>The address another laptop shows, e.g. 192.168.1.20:8737</source>
        <translation>L&apos;adresse affichée par l&apos;autre ordinateur, p. ex. 192.168.1.20:8737</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="193"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="194"/>
        <source>Add this share</source>
        <translation>Ajouter ce partage</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="195"/>
        <source>Get this pack</source>
        <translation>Obtenir ce paquet</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="196"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="197"/>
        <source>Packs on nearby laptops</source>
        <translation>Paquets sur les ordinateurs proches</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="198"/>
        <source>QR code of this laptop&apos;s share address</source>
        <translation>Code QR de l&apos;adresse de partage de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="211"/>
        <source>Others can get your packs at:
%1</source>
        <translation>Les autres peuvent obtenir vos paquets à :
%1</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="213"/>
        <source>Sharing at %1</source>
        <translation>Partage à %1</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="215"/>
        <source>Off. Turn it on to let laptops nearby copy your packs.</source>
        <translation>Désactivé. Activez-le pour que les ordinateurs proches copient vos paquets.</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="230"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="264"/>
        <source>Looking for shares on this network…</source>
        <translation>Recherche de partages sur ce réseau…</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="295"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="314"/>
        <source>No share found. Ask for the address shown on the other laptop.</source>
        <translation>Aucun partage trouvé. Demandez l&apos;adresse affichée sur l&apos;autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="332"/>
        <source>%1 (version %2, %3 MB) on %4</source>
        <translation>%1 (version %2, %3 Mo) sur %4</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="339"/>
        <source>not signed: cannot be taken from another laptop</source>
        <translation>non signé : ne peut pas être pris d&apos;un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="344"/>
        <source>from %1 (trusted)</source>
        <translation>de %1 (de confiance)</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="346"/>
        <source>unknown publisher, key %1</source>
        <translation>éditeur inconnu, clé %1</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="388"/>
        <source>Checking the pack&apos;s publisher…</source>
        <translation>Vérification de l&apos;éditeur du paquet…</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="408"/>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="413"/>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="415"/>
        <source>Installing the pack…</source>
        <translation>Installation du paquet…</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="425"/>
        <source>You already have this pack (version %1).</source>
        <translation>Vous avez déjà ce paquet (version %1).</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="429"/>
        <source>Pack version %1 installed (%2 MB copied).</source>
        <translation>Paquet version %1 installé (%2 Mo copiés).</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="451"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Une erreur s&apos;est produite&#xa0;; les détails sont dans le journal.</translation>
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
        <source>Photobook: same page in the other language</source>
        <translation>Livre photo&#xa0;: même page dans l&apos;autre langue</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="49"/>
        <source>Photobook: presentation mode</source>
        <translation>Livre photo&#xa0;: mode présentation</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="53"/>
        <source>Photobook: leave presentation or go back to the library</source>
        <translation>Livre photo&#xa0;: quitter la présentation ou revenir à la bibliothèque</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <location filename="../ui/compose/targets.py" line="48"/>
        <source>Post to %1</source>
        <translation>Publier sur %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="53"/>
        <source>Length for %1</source>
        <translation>Longueur pour %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="58"/>
        <source>needs login; posts wait in the outbox</source>
        <translation>connexion requise&#xa0;; les messages attendent dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="62"/>
        <source>no API: use “Open on X”</source>
        <translation>pas d&apos;API&#xa0;: utilisez «&#xa0;Ouvrir sur X&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="88"/>
        <source> · %1 / %2 bytes</source>
        <translation> · %1 / %2 octets</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="93"/>
        <source> — too long: thread</source>
        <translation> — trop long&#xa0;: fil</translation>
    </message>
</context>
<context>
    <name>ThreadPreview</name>
    <message>
        <location filename="../ui/compose/thread_preview.py" line="82"/>
        <source>part %1 is too long for %2</source>
        <extracomment>a line holding only &quot;---&quot; separates the parts the user edits</extracomment>
        <translation>la partie %1 est trop longue pour %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/thread_preview.py" line="86"/>
        <source>%n parts.</source>
        <translation>
            <numerusform>%n partie.</numerusform>
            <numerusform>%n parties.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustGate</name>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="46"/>
        <source>Unknown publisher</source>
        <translation>Éditeur inconnu</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="48"/>
        <source>This pack is signed with the SAMPLE key, which anyone can use. Install it only if you made it yourself for testing.</source>
        <translation>Ce paquet est signé avec la clé d&apos;EXEMPLE, que tout le monde peut utiliser. Installez-le seulement si vous l&apos;avez fait vous-même pour un essai.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="54"/>
        <source>This pack is signed by a key this computer does not trust yet. It claims to come from: %1</source>
        <translation>Ce paquet est signé par une clé que cet ordinateur ne reconnaît pas encore. Il dit venir de : %1</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="58"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="61"/>
        <source>Key fingerprint:
%1

Install it only if the publisher gave you this same fingerprint.</source>
        <translation>Empreinte de la clé :
%1

Installez-le seulement si l&apos;éditeur vous a donné cette même empreinte.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="68"/>
        <source>Install (key %1)</source>
        <translation>Installer (clé %1)</translation>
    </message>
</context>
<context>
    <name>TrustedKeysSettingsPage</name>
    <message>
        <location filename="../ui/library/trust_page.py" line="74"/>
        <source>Packs signed by these publishers install without asking. A pack from anyone else needs your explicit choice, and packs are taken from other laptops only when signed.</source>
        <translation>Les paquets signés par ces éditeurs s&apos;installent sans question. Un paquet d&apos;un autre éditeur demande votre accord explicite, et les paquets ne sont pris d&apos;autres ordinateurs que s&apos;ils sont signés.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="79"/>
        <source>Trusted publishers</source>
        <translation>Éditeurs de confiance</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="80"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="81"/>
        <source>Remove the selected publisher</source>
        <translation>Retirer l&apos;éditeur sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="82"/>
        <location filename="../ui/library/trust_page.py" line="84"/>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="83"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="85"/>
        <source>the line in the publisher&apos;s .pub file</source>
        <translation>la ligne du fichier .pub de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="86"/>
        <source>Publisher&apos;s name</source>
        <translation>Nom de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="87"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="88"/>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="97"/>
        <source>Publishers</source>
        <translation>Éditeurs</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="107"/>
        <source>%1 — sample, only for the sample pack that comes with the app
%2</source>
        <translation>%1 — exemple, seulement pour le paquet d&apos;exemple fourni avec l&apos;application
%2</translation>
    </message>
</context>
<context>
    <name>VideoViewer</name>
    <message>
        <location filename="../ui/library/video.py" line="62"/>
        <source>← Library</source>
        <translation>← Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="63"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="64"/>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="65"/>
        <source>Play or pause the video</source>
        <translation>Lire ou mettre en pause la vidéo</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="66"/>
        <source>Open with system player</source>
        <translation>Ouvrir avec le lecteur du système</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="67"/>
        <source>Open with the system&apos;s video player</source>
        <translation>Ouvrir avec le lecteur vidéo du système</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="71"/>
        <source>Videos cannot play inside the app on this computer. Use the system player instead.</source>
        <translation>Les vidéos ne peuvent pas être lues dans l&apos;application sur cet ordinateur. Utilisez plutôt le lecteur du système.</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="120"/>
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
