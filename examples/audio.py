"""Audio: text to speech (bytes), then speech to text."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    speech = client.audio.speech.create(
        model="gpt-4o-mini-tts",
        voice="alloy",
        input="Hello from the demo.",
        response_format="wav",
        # Workaround until the client sends it itself: its default Accept (application/json)
        # makes a strict server (Prism) answer 406 on this binary download.
        extra_headers={"Accept": "application/octet-stream"},
    )
    print(f"speech: {len(speech)} bytes of audio")
    transcript = client.audio.transcriptions.create(
        file=("hello.wav", speech, "audio/wav"), model="whisper-1"
    )
    print(f"transcript: {transcript.text!r}")
