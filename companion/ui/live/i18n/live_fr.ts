<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>HourChart</name>
    <message>
        <source>%1 posts in the last %2 hours</source>
        <translation>%1 publications au cours des %2 dernières heures</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>polling every %1 s</source>
        <translation>vérification toutes les %1 s</translation>
    </message>
    <message>
        <source>waiting for the rate limit until %1</source>
        <translation>attente de la limite de requêtes jusqu’à %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>login needed</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>paused while the window is hidden</source>
        <translation>en pause tant que la fenêtre est cachée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>1 new post — show</source>
        <translation>1 nouvelle publication — afficher</translation>
    </message>
    <message>
        <source>%1 new posts — show</source>
        <translation>%1 nouvelles publications — afficher</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu : %1</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>pas de description</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <source>No sources are set up.</source>
        <translation>Aucune source n’est configurée.</translation>
    </message>
    <message>
        <source>Offline since %1 — showing the last posts saved on this computer.</source>
        <translation>Hors ligne depuis %1 — affichage des dernières publications enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Offline — showing the posts saved on this computer.</source>
        <translation>Hors ligne — affichage des publications enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Loading saved posts…</source>
        <translation>Chargement des publications enregistrées…</translation>
    </message>
    <message>
        <source>No post matches these filters.</source>
        <translation>Aucune publication ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No posts yet. New posts with the event's hashtag appear here.</source>
        <translation>Pas encore de publications. Les nouvelles publications avec le hashtag de l’événement apparaissent ici.</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Personne pour l’instant.</translation>
    </message>
</context>
<context>
    <name>LiveSettingsPage</name>
    <message>
        <source>Mastodon &amp;instances (one per line):</source>
        <translation>&amp;Instances Mastodon (une par ligne) :</translation>
    </message>
    <message>
        <source>E&amp;xtra hashtags:</source>
        <translation>Hashtags &amp;supplémentaires :</translation>
    </message>
    <message>
        <source>Mute &amp;words (one per line):</source>
        <translation>Masquer des &amp;mots (un par ligne) :</translation>
    </message>
    <message>
        <source>Mute &amp;accounts (one per line):</source>
        <translation>Masquer des &amp;comptes (un par ligne) :</translation>
    </message>
    <message>
        <source>Read Bluesky</source>
        <translation>Lire Bluesky</translation>
    </message>
    <message>
        <source>Data saver: text only, load pictures on click</source>
        <translation>Économie de données : texte seul, images chargées au clic</translation>
    </message>
    <message>
        <source>Mastodon instances</source>
        <translation>Instances Mastodon</translation>
    </message>
    <message>
        <source>Extra hashtags</source>
        <translation>Hashtags supplémentaires</translation>
    </message>
    <message>
        <source>Data saver</source>
        <translation>Économie de données</translation>
    </message>
    <message>
        <source>Muted words</source>
        <translation>Mots masqués</translation>
    </message>
    <message>
        <source>Muted accounts</source>
        <translation>Comptes masqués</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Not used (not a web address): %1</source>
        <translation>Non utilisé (pas une adresse web) : %1</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Search loaded posts</source>
        <translation>Rechercher dans les publications chargées</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Media only</source>
        <translation>Médias seulement</translation>
    </message>
    <message>
        <source>Show only posts with media</source>
        <translation>Afficher seulement les publications avec des médias</translation>
    </message>
    <message>
        <source>Hide reposts</source>
        <translation>Masquer les partages</translation>
    </message>
    <message>
        <source>Show new posts</source>
        <translation>Afficher les nouvelles publications</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Selected post</source>
        <translation>Publication sélectionnée</translation>
    </message>
    <message>
        <source>Select a post to read it in full.</source>
        <translation>Sélectionnez une publication pour la lire en entier.</translation>
    </message>
    <message>
        <source>Share in a new post…</source>
        <translation>Partager dans une nouvelle publication…</translation>
    </message>
    <message>
        <source>Share the selected post in a new post</source>
        <translation>Partager la publication sélectionnée dans une nouvelle publication</translation>
    </message>
    <message>
        <source>Posts per hour</source>
        <translation>Publications par heure</translation>
    </message>
    <message>
        <source>Top contributors</source>
        <translation>Principaux contributeurs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>State of each source</source>
        <translation>État de chaque source</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Reposted by @%1</source>
        <translation>Partagé par @%1</translation>
    </message>
    <message>
        <source>Content warning: %1 (click to show)</source>
        <translation>Avertissement de contenu : %1 (cliquer pour afficher)</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu : %1</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>pas de description</translation>
    </message>
    <message>
        <source>%1 marked sensitive (click to show)</source>
        <translation>%1 marqué comme sensible (cliquer pour afficher)</translation>
    </message>
    <message>
        <source>▸ %1: %2 (click to load the picture)</source>
        <translation>▸ %1 : %2 (cliquer pour charger l’image)</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
</context>
</TS>
