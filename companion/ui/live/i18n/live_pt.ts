<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>HourChart</name>
    <message>
        <source>%1 posts in the last %2 hours</source>
        <translation>%1 publicações nas últimas %2 horas</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <source>starting…</source>
        <translation>a iniciar…</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ao vivo</translation>
    </message>
    <message>
        <source>polling every %1 s</source>
        <translation>a verificar a cada %1 s</translation>
    </message>
    <message>
        <source>waiting for the rate limit until %1</source>
        <translation>à espera do limite de pedidos até %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sem ligação</translation>
    </message>
    <message>
        <source>login needed</source>
        <translation>é preciso iniciar sessão</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>paused while the window is hidden</source>
        <translation>em pausa enquanto a janela está oculta</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Todas as redes</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todas as línguas</translation>
    </message>
    <message>
        <source>1 new post — show</source>
        <translation>1 nova publicação — mostrar</translation>
    </message>
    <message>
        <source>%1 new posts — show</source>
        <translation>%1 novas publicações — mostrar</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Aviso de conteúdo: %1</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>sem descrição</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Abrir o original</translation>
    </message>
    <message>
        <source>No sources are set up.</source>
        <translation>Nenhuma fonte está configurada.</translation>
    </message>
    <message>
        <source>Offline since %1 — showing the last posts saved on this computer.</source>
        <translation>Sem ligação desde %1 — a mostrar as últimas publicações guardadas neste computador.</translation>
    </message>
    <message>
        <source>Offline — showing the posts saved on this computer.</source>
        <translation>Sem ligação — a mostrar as publicações guardadas neste computador.</translation>
    </message>
    <message>
        <source>Loading saved posts…</source>
        <translation>A carregar as publicações guardadas…</translation>
    </message>
    <message>
        <source>No post matches these filters.</source>
        <translation>Nenhuma publicação corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>No posts yet. New posts with the event's hashtag appear here.</source>
        <translation>Ainda não há publicações. As novas publicações com a hashtag do evento aparecem aqui.</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Ainda ninguém.</translation>
    </message>
</context>
<context>
    <name>LiveSettingsPage</name>
    <message>
        <source>Mastodon &amp;instances (one per line):</source>
        <translation>&amp;Instâncias Mastodon (uma por linha):</translation>
    </message>
    <message>
        <source>E&amp;xtra hashtags:</source>
        <translation>Hashtags &amp;adicionais:</translation>
    </message>
    <message>
        <source>Mute &amp;words (one per line):</source>
        <translation>Silenciar &amp;palavras (uma por linha):</translation>
    </message>
    <message>
        <source>Mute &amp;accounts (one per line):</source>
        <translation>Silenciar &amp;contas (uma por linha):</translation>
    </message>
    <message>
        <source>Read Bluesky</source>
        <translation>Ler o Bluesky</translation>
    </message>
    <message>
        <source>Data saver: text only, load pictures on click</source>
        <translation>Poupança de dados: só texto, imagens carregadas ao clicar</translation>
    </message>
    <message>
        <source>Mastodon instances</source>
        <translation>Instâncias Mastodon</translation>
    </message>
    <message>
        <source>Extra hashtags</source>
        <translation>Hashtags adicionais</translation>
    </message>
    <message>
        <source>Data saver</source>
        <translation>Poupança de dados</translation>
    </message>
    <message>
        <source>Muted words</source>
        <translation>Palavras silenciadas</translation>
    </message>
    <message>
        <source>Muted accounts</source>
        <translation>Contas silenciadas</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Not used (not a web address): %1</source>
        <translation>Não usado (não é um endereço web): %1</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Search loaded posts</source>
        <translation>Pesquisar nas publicações carregadas</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Media only</source>
        <translation>Só multimédia</translation>
    </message>
    <message>
        <source>Show only posts with media</source>
        <translation>Mostrar só publicações com multimédia</translation>
    </message>
    <message>
        <source>Hide reposts</source>
        <translation>Ocultar partilhas</translation>
    </message>
    <message>
        <source>Show new posts</source>
        <translation>Mostrar as novas publicações</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <source>Selected post</source>
        <translation>Publicação selecionada</translation>
    </message>
    <message>
        <source>Select a post to read it in full.</source>
        <translation>Selecione uma publicação para a ler por inteiro.</translation>
    </message>
    <message>
        <source>Share in a new post…</source>
        <translation>Partilhar numa nova publicação…</translation>
    </message>
    <message>
        <source>Share the selected post in a new post</source>
        <translation>Partilhar a publicação selecionada numa nova publicação</translation>
    </message>
    <message>
        <source>Posts per hour</source>
        <translation>Publicações por hora</translation>
    </message>
    <message>
        <source>Top contributors</source>
        <translation>Principais participantes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>State of each source</source>
        <translation>Estado de cada fonte</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado da ligação</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animação</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Reposted by @%1</source>
        <translation>Partilhado por @%1</translation>
    </message>
    <message>
        <source>Content warning: %1 (click to show)</source>
        <translation>Aviso de conteúdo: %1 (clique para mostrar)</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Aviso de conteúdo: %1</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>sem descrição</translation>
    </message>
    <message>
        <source>%1 marked sensitive (click to show)</source>
        <translation>%1 marcado como sensível (clique para mostrar)</translation>
    </message>
    <message>
        <source>▸ %1: %2 (click to load the picture)</source>
        <translation>▸ %1: %2 (clique para carregar a imagem)</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
</context>
</TS>
