"""Audio: text to speech (bytes), then speech to text."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    speech = client.audio.speech.create(
        model="gpt-4o-mini-tts",
        voice="alloy",
        input="Hello from the demo.",
        response_format="wav",
    )
    kind = "WAV" if speech[:4] == b"RIFF" else "audio"
    print(f"speech: {len(speech)} bytes of {kind}")
    transcript = client.audio.transcriptions.create(
        file=("hello.wav", speech, "audio/wav"), model="whisper-1"
    )
    print(f"transcribed back: {transcript.text!r}")
